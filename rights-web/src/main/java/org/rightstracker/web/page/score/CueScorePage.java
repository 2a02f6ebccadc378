package org.rightstracker.web.page.score;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;
import org.rightstracker.core.cue.Cue;
import org.rightstracker.core.cue.CueOrigin;
import org.rightstracker.core.score.ScoreBoard;
import org.rightstracker.core.score.ScoreInputs;
import org.rightstracker.core.score.ScoreOverview;
import org.rightstracker.core.score.ScoreService;
import org.rightstracker.core.score.ScoreStage;
import org.rightstracker.core.shared.ConflictException;
import org.rightstracker.core.shared.FieldError;
import org.rightstracker.core.shared.NotFoundException;
import org.rightstracker.core.shared.ValidationException;
import org.rightstracker.web.page.Flash;
import org.rightstracker.web.page.FormErrors;
import org.rightstracker.web.page.FormFields;
import org.rightstracker.web.security.ProductionAccess;

/** One score cue's production: spotting notes, stage history with the stage form, and deliverables. */
@Path("/cues/{id}/score")
public class CueScorePage {

    static final List<String> STAGE_FIELDS = List.of("stage", "on", "signedBy", "reason", "version");
    static final List<String> NOTES_FIELDS =
            List.of("spottingSessionId", "emotionalIntent", "directorNote", "targetDate", "version");
    static final List<String> DELIVERABLE_FIELDS = List.of("kind", "file");

    @Inject
    ProductionAccess access;

    @Inject
    ScoreBoard board;

    @Inject
    ScoreService score;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance show(
                Cue cue, ScoreOverview score, ScoreOverview.CueRow row, Typed typed, String conflict, LocalDate today);
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance show(@PathParam("id") long id) {
        return page(scoreCue(id), Typed.NONE, null);
    }

    @POST
    @Path("stages")
    @Produces(MediaType.TEXT_HTML)
    public Response stage(
            @PathParam("id") long id,
            @RestForm String version,
            @RestForm String stage,
            @RestForm String on,
            @RestForm String signedBy,
            @RestForm String reason) {
        Cue cue = editable(id);
        Map<String, String> typed = ScorePage.typed("stage", stage, "on", on, "signedBy", signedBy, "reason", reason);
        return save(cue, "stage", typed, STAGE_FIELDS, () -> {
            List<FieldError> errors = new ArrayList<>();
            ScoreStage chosen = FormFields.choice(ScoreStage.class, stage, "stage", "stages", errors);
            LocalDate day = FormFields.date(on, "on", "Date", errors);
            long seen = FormFields.version(version);
            ScorePage.throwIfAny(errors);
            score.recordStage(cue.id, seen, new ScoreInputs.Stage(chosen, day, signedBy, reason));
            return "Cue " + cue.number + " is now at " + chosen.label() + ".";
        });
    }

    @POST
    @Path("notes")
    @Produces(MediaType.TEXT_HTML)
    public Response notes(
            @PathParam("id") long id,
            @RestForm String version,
            @RestForm String spottingSessionId,
            @RestForm String emotionalIntent,
            @RestForm String directorNote,
            @RestForm String targetDate) {
        Cue cue = editable(id);
        Map<String, String> typed = ScorePage.typed(
                "spottingSessionId",
                spottingSessionId,
                "emotionalIntent",
                emotionalIntent,
                "directorNote",
                directorNote,
                "targetDate",
                targetDate);
        return save(cue, "notes", typed, NOTES_FIELDS, () -> {
            List<FieldError> errors = new ArrayList<>();
            LocalDate target = FormFields.date(targetDate, "targetDate", "Target date", errors);
            Long session = FormFields.id(spottingSessionId);
            if (!FormFields.blank(spottingSessionId) && session == null) {
                errors.add(new FieldError("spottingSessionId", "Choose one of this production's spotting sessions."));
            }
            long expected = FormFields.version(version);
            ScorePage.throwIfAny(errors);
            score.updateCueNotes(
                    cue.id, expected, new ScoreInputs.CueNotes(session, emotionalIntent, directorNote, target));
            return "Saved the spotting notes of " + cue.number + ".";
        });
    }

    @POST
    @Path("deliverables")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Produces(MediaType.TEXT_HTML)
    public Response deliverable(@PathParam("id") long id, @RestForm String kind, @RestForm("file") FileUpload file) {
        Cue cue = editable(id);
        return save(cue, "deliverable", ScorePage.typed("kind", kind), DELIVERABLE_FIELDS, () -> {
            if (file == null || file.fileName() == null || file.fileName().isBlank()) {
                throw new ValidationException("file", "Choose a file to upload.");
            }
            try (InputStream content = Files.newInputStream(file.uploadedFile())) {
                var saved = score.attachDeliverable(cue.id, kind, file.fileName(), file.contentType(), content);
                return "Attached " + saved.document.fileName + " as " + saved.kind.name + " of " + cue.number + ".";
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    private Response save(
            Cue cue, String form, Map<String, String> typed, List<String> fields, Supplier<String> change) {
        try {
            String done = change.get();
            return Flash.seeOther("/cues/" + cue.id + "/score", done);
        } catch (ValidationException e) {
            return Response.status(400)
                    .entity(page(cue, new Typed(form, typed, ScorePage.errors(e, fields)), null))
                    .build();
        } catch (ConflictException e) {
            return Response.status(409)
                    .entity(page(cue, new Typed(form, typed, FormErrors.none()), e.getMessage()))
                    .build();
        }
    }

    private TemplateInstance page(Cue cue, Typed typed, String conflict) {
        LocalDate today = LocalDate.now();
        ScoreOverview overview = board.load(cue.production.id, today);
        ScoreOverview.CueRow row = overview.cues().stream()
                .filter(r -> r.cueId() == cue.id)
                .findFirst()
                .orElseThrow(() -> new NotFoundException(
                        "Cue " + cue.number + " is out of the cut; score production follows active cues only."));
        return Templates.show(cue, overview, row, typed, conflict, today);
    }

    private Cue scoreCue(long id) {
        Cue cue = access.requireVisibleCue(id);
        if (cue.origin != CueOrigin.SCORE) {
            throw new NotFoundException("Cue " + cue.number + " is not a score cue; it has no score production.");
        }
        return cue;
    }

    private Cue editable(long id) {
        Cue cue = scoreCue(id);
        access.requireEditable(cue.production.id);
        return cue;
    }
}
