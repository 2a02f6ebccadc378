package org.rightstracker.web.page.album;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Supplier;
import org.jboss.resteasy.reactive.RestForm;
import org.rightstracker.core.album.Album;
import org.rightstracker.core.album.AlbumRightInput;
import org.rightstracker.core.album.AlbumRightService;
import org.rightstracker.core.album.AlbumService;
import org.rightstracker.core.album.AlbumTrackService;
import org.rightstracker.core.album.MechanicalRate;
import org.rightstracker.core.album.engine.AlbumRightStatus;
import org.rightstracker.core.album.engine.MasterFeeModel;
import org.rightstracker.core.cue.Cue;
import org.rightstracker.core.cue.CueNumberOrder;
import org.rightstracker.core.production.Production;
import org.rightstracker.core.shared.ConflictException;
import org.rightstracker.core.shared.FieldError;
import org.rightstracker.core.shared.NotFoundException;
import org.rightstracker.core.shared.ValidationException;
import org.rightstracker.web.page.ConflictView;
import org.rightstracker.web.page.Flash;
import org.rightstracker.web.page.FormErrors;
import org.rightstracker.web.page.FormFields;
import org.rightstracker.web.page.References;
import org.rightstracker.web.security.Permissions;
import org.rightstracker.web.security.ProductionAccess;

/**
 * A production's soundtrack albums: the album page (details, track list with add, move and remove, and each
 * track's album rights with their forms) and the album details form. Track-list and right forms are actions:
 * a stale one comes back with a notice and the page as it stands now, never applied over someone's change.
 */
@Path("/productions/{productionId}/albums")
public class AlbumPage {

    private static final List<String> ACTION_FIELDS = List.of(
            "version",
            "cueId",
            "recording",
            "title",
            "duration",
            "direction",
            "status",
            "feeModel",
            "fee",
            "currency",
            "royaltyPercent",
            "notes");

    @Inject
    ProductionAccess access;

    @Inject
    Permissions permissions;

    @Inject
    AlbumService albums;

    @Inject
    AlbumTrackService tracks;

    @Inject
    AlbumRightService rights;

    @Inject
    References references;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance show(
                Production production, AlbumView view, boolean canEdit, FormErrors errors, ConflictView conflict);

        static native TemplateInstance form(
                Production production,
                Album album,
                AlbumForm form,
                FormErrors errors,
                ConflictView conflict,
                List<MechanicalRate> rates);
    }

    @GET
    @Path("{albumId}")
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance show(@PathParam("productionId") long productionId, @PathParam("albumId") long albumId) {
        Production production = access.requireVisible(productionId);
        return page(production, album(productionId, albumId), FormErrors.none(), null);
    }

    @GET
    @Path("new")
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance newForm(@PathParam("productionId") long productionId) {
        Production production = access.requireEditable(productionId);
        return Templates.form(
                production, null, AlbumForm.empty(), FormErrors.none(), null, MechanicalRate.listByName());
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    public Response create(@PathParam("productionId") long productionId, @BeanParam AlbumForm form) {
        Production production = access.requireEditable(productionId);
        try {
            Album album = albums.create(productionId, form.toInput(references));
            return Flash.seeOther(
                    "/productions/" + productionId + "/albums/" + album.id,
                    "Created the album " + album.title + ". Add its tracks next.");
        } catch (ValidationException e) {
            return Response.status(400)
                    .entity(Templates.form(
                            production,
                            null,
                            form,
                            FormErrors.of(e, AlbumForm.FIELDS),
                            null,
                            MechanicalRate.listByName()))
                    .build();
        }
    }

    @GET
    @Path("{albumId}/edit")
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance edit(@PathParam("productionId") long productionId, @PathParam("albumId") long albumId) {
        Production production = access.requireEditable(productionId);
        Album album = album(productionId, albumId);
        return Templates.form(
                production, album, AlbumForm.of(album), FormErrors.none(), null, MechanicalRate.listByName());
    }

    @POST
    @Path("{albumId}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    public Response update(
            @PathParam("productionId") long productionId,
            @PathParam("albumId") long albumId,
            @BeanParam AlbumForm form) {
        Production production = access.requireEditable(productionId);
        album(productionId, albumId);
        try {
            Album saved = albums.update(albumId, form.versionNumber(), form.toInput(references));
            return Flash.seeOther(
                    "/productions/" + productionId + "/albums/" + albumId, "Saved the album " + saved.title + ".");
        } catch (ValidationException e) {
            return Response.status(400)
                    .entity(Templates.form(
                            production,
                            albums.get(albumId),
                            form,
                            FormErrors.of(e, AlbumForm.FIELDS),
                            null,
                            MechanicalRate.listByName()))
                    .build();
        } catch (ConflictException e) {
            // The typed values stay in the form; the version moves on so that saving again is a choice.
            Album current = albums.get(albumId);
            form.version = Long.toString(current.version);
            return Response.status(409)
                    .entity(Templates.form(
                            production,
                            current,
                            form,
                            FormErrors.none(),
                            ConflictView.notice(e.getMessage(), List.of()),
                            MechanicalRate.listByName()))
                    .build();
        }
    }

    @POST
    @Path("{albumId}/tracks")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    public Response addTrack(
            @PathParam("productionId") long productionId,
            @PathParam("albumId") long albumId,
            @RestForm String version,
            @RestForm String cueId,
            @RestForm String recording) {
        return act(productionId, albumId, () -> {
            long expected = FormFields.version(version);
            List<FieldError> errors = new ArrayList<>();
            Long recordingId = references.recording(recording, "recording", errors);
            if (!errors.isEmpty()) {
                throw new ValidationException(errors);
            }
            Long cue = FormFields.id(cueId);
            if (cue == null && recordingId == null) {
                throw new ValidationException("cueId", "Choose a cue of the production, a recording, or both.");
            }
            var track = cue != null
                    ? tracks.addCue(albumId, expected, cue, recordingId)
                    : tracks.addRecording(albumId, expected, recordingId);
            return "Added track " + track.position + ", " + track.title + ", with the album rights it needs.";
        });
    }

    @POST
    @Path("{albumId}/tracks/{trackId}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    public Response updateTrack(
            @PathParam("productionId") long productionId,
            @PathParam("albumId") long albumId,
            @PathParam("trackId") long trackId,
            @RestForm String version,
            @RestForm String title,
            @RestForm String duration) {
        return act(productionId, albumId, () -> {
            requireTrack(albumId, trackId);
            var track = tracks.update(trackId, FormFields.version(version), title, duration);
            return "Saved track " + track.position + ", " + track.title + ".";
        });
    }

    @POST
    @Path("{albumId}/tracks/{trackId}/move")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    public Response moveTrack(
            @PathParam("productionId") long productionId,
            @PathParam("albumId") long albumId,
            @PathParam("trackId") long trackId,
            @RestForm String version,
            @RestForm String direction) {
        return act(productionId, albumId, () -> {
            requireTrack(albumId, trackId);
            long expected = FormFields.version(version);
            List<FieldError> errors = new ArrayList<>();
            AlbumTrackService.Move move =
                    FormFields.choice(AlbumTrackService.Move.class, direction, "direction", "directions", errors);
            if (move == null) {
                errors.add(new FieldError("direction", "Choose up or down."));
            }
            if (!errors.isEmpty()) {
                throw new ValidationException(errors.subList(0, 1));
            }
            tracks.move(trackId, expected, move);
            return "Moved the track " + move.name().toLowerCase(java.util.Locale.ROOT) + ".";
        });
    }

    @POST
    @Path("{albumId}/tracks/{trackId}/remove")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    public Response removeTrack(
            @PathParam("productionId") long productionId,
            @PathParam("albumId") long albumId,
            @PathParam("trackId") long trackId,
            @RestForm String version) {
        return act(productionId, albumId, () -> {
            requireTrack(albumId, trackId);
            tracks.remove(trackId, FormFields.version(version));
            return "Removed the track; the others were renumbered.";
        });
    }

    @POST
    @Path("{albumId}/rights/{rightId}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    public Response updateRight(
            @PathParam("productionId") long productionId,
            @PathParam("albumId") long albumId,
            @PathParam("rightId") long rightId,
            @RestForm String version,
            @RestForm String status,
            @RestForm String feeModel,
            @RestForm String fee,
            @RestForm String currency,
            @RestForm String royaltyPercent,
            @RestForm String notes) {
        return act(productionId, albumId, () -> {
            var right = rights.get(rightId);
            if (!right.track.album.id.equals(albumId)) {
                throw new NotFoundException("Album right " + rightId + " is not on this album.");
            }
            long expected = FormFields.version(version);
            List<FieldError> errors = new ArrayList<>();
            AlbumRightStatus chosen = FormFields.choice(AlbumRightStatus.class, status, "status", "statuses", errors);
            MasterFeeModel model = FormFields.choice(MasterFeeModel.class, feeModel, "feeModel", "fee models", errors);
            if (!errors.isEmpty()) {
                throw new ValidationException(errors);
            }
            var saved = rights.update(
                    rightId, expected, new AlbumRightInput(chosen, model, fee, currency, royaltyPercent, notes));
            return "Saved the " + saved.kind.label().toLowerCase(java.util.Locale.ROOT) + " from " + saved.holderName
                    + ": " + saved.status.label().toLowerCase(java.util.Locale.ROOT) + ".";
        });
    }

    /**
     * Runs one action of the album page: on success back to the page with a flash; refused input comes
     * back as the page with the messages (400); a stale form as the page as it stands now with a notice
     * (409). Nothing is written in either case.
     */
    private Response act(long productionId, long albumId, Supplier<String> action) {
        Production production = access.requireEditable(productionId);
        album(productionId, albumId);
        try {
            String message = action.get();
            return Flash.seeOther("/productions/" + productionId + "/albums/" + albumId, message);
        } catch (ValidationException e) {
            return Response.status(400)
                    .entity(page(production, albums.get(albumId), FormErrors.of(e, ACTION_FIELDS), null))
                    .build();
        } catch (ConflictException e) {
            return Response.status(409)
                    .entity(page(
                            production,
                            albums.get(albumId),
                            FormErrors.none(),
                            ConflictView.notice(
                                    e.getMessage()
                                            + " The page below shows the album as it stands now; make your change"
                                            + " again if it still applies.",
                                    List.of())))
                    .build();
        }
    }

    private TemplateInstance page(Production production, Album album, FormErrors errors, ConflictView conflict) {
        List<Cue> cues = Cue.<Cue>list("production.id = ?1 and active = true", production.id).stream()
                .sorted(Comparator.comparing((Cue c) -> c.number, CueNumberOrder.INSTANCE))
                .toList();
        AlbumView view = AlbumView.of(album, albums.verdict(album.id), cues, MechanicalRate.listByName());
        return Templates.show(production, view, permissions.canEditProductions(), errors, conflict);
    }

    private Album album(long productionId, long albumId) {
        Album album = albums.get(albumId);
        if (!album.production.id.equals(productionId)) {
            throw NotFoundException.of("Album", albumId);
        }
        return album;
    }

    private void requireTrack(long albumId, long trackId) {
        if (!tracks.get(trackId).album.id.equals(albumId)) {
            throw new NotFoundException("Track " + trackId + " is not on this album.");
        }
    }
}
