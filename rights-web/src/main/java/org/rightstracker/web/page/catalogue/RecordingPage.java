package org.rightstracker.web.page.catalogue;

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
import java.util.List;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestQuery;
import org.rightstracker.core.catalogue.CatalogueKind;
import org.rightstracker.core.cue.Cue;
import org.rightstracker.core.recording.Recording;
import org.rightstracker.core.recording.RecordingService;
import org.rightstracker.core.shared.ValidationException;
import org.rightstracker.web.page.ConflictView;
import org.rightstracker.web.page.EditMerge;
import org.rightstracker.web.page.Flash;
import org.rightstracker.web.page.FormErrors;
import org.rightstracker.web.page.FormFields;
import org.rightstracker.web.page.OtherChanges;
import org.rightstracker.web.page.Pager;
import org.rightstracker.web.page.References;
import org.rightstracker.web.security.Permission;
import org.rightstracker.web.security.Permissions;
import org.rightstracker.web.security.ProductionAccess;
import org.rightstracker.web.security.Requires;

/** Master recordings: the searchable list, one recording with where it is used, and the form with its owners. */
@Path("/recordings")
public class RecordingPage {

    @Inject
    Duplicates duplicates;

    @Inject
    RecordingService recordings;

    @Inject
    References references;

    @Inject
    Permissions permissions;

    @Inject
    ProductionAccess access;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance list(List<Recording> recordings, Pager pager, boolean canEdit);

        static native TemplateInstance show(
                Recording recording, List<Cue> cues, int hiddenCues, boolean canEdit, Duplicates.View dup);

        static native TemplateInstance form(
                Recording recording, RecordingForm form, FormErrors errors, ConflictView conflict);
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance list(@RestQuery String q, @RestQuery Integer page) {
        Pager pager = Pager.of("/recordings", q, page, recordings.count(q));
        return Templates.list(recordings.search(q, pager.index(), pager.size()), pager, permissions.canEditCatalogue());
    }

    @GET
    @Path("{id}")
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance show(@PathParam("id") long id) {
        Recording recording = Duplicates.orMerged(CatalogueKind.RECORDING, id, () -> recordings.get(id));
        List<Cue> all =
                Cue.list("select c from Cue c join fetch c.production where c.recording.id = ?1 order by c.number", id);
        List<Cue> visible =
                all.stream().filter(c -> access.canSee(c.production.id)).toList();
        return Templates.show(
                recording,
                visible,
                all.size() - visible.size(),
                permissions.canEditCatalogue(),
                duplicates.of(recording));
    }

    @GET
    @Path("new")
    @Produces(MediaType.TEXT_HTML)
    @Requires(Permission.EDIT_CATALOGUE)
    public TemplateInstance newForm() {
        return Templates.form(null, RecordingForm.empty(), FormErrors.none(), null);
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    @Requires(Permission.EDIT_CATALOGUE)
    public Response create(@BeanParam RecordingForm typed) {
        if (typed.isRowEdit()) {
            return Response.ok(Templates.form(null, typed.edited(typed.action()), FormErrors.none(), null))
                    .build();
        }
        RecordingForm form = typed.compact();
        try {
            Recording recording = recordings.create(form.toInput(references));
            return Flash.seeOther("/recordings/" + recording.id, "Added the recording " + recording.title + ".");
        } catch (ValidationException e) {
            return Response.status(400)
                    .entity(Templates.form(null, form, FormErrors.of(e, RecordingForm.FIELDS), null))
                    .build();
        }
    }

    @GET
    @Path("{id}/edit")
    @Produces(MediaType.TEXT_HTML)
    @Requires(Permission.EDIT_CATALOGUE)
    public TemplateInstance edit(@PathParam("id") long id) {
        Recording recording = recordings.get(id);
        return Templates.form(recording, RecordingForm.of(recording), FormErrors.none(), null);
    }

    @POST
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    @Requires(Permission.EDIT_CATALOGUE)
    public Response update(@PathParam("id") long id, @BeanParam RecordingForm typed, @RestForm List<String> keep) {
        // An unknown id is a 404 before anything else.
        recordings.get(id);
        if (typed.isRowEdit()) {
            ConflictView open =
                    EditMerge.pending(typed, keep, RecordingForm.MERGE, () -> RecordingForm.of(recordings.get(id)));
            return Response.ok(
                            Templates.form(recordings.get(id), typed.edited(typed.action()), FormErrors.none(), open))
                    .build();
        }
        EditMerge.Outcome<RecordingForm> outcome = EditMerge.save(
                typed.compact(),
                keep,
                RecordingForm.MERGE,
                () -> RecordingForm.of(recordings.get(id)),
                seen -> OtherChanges.ofRecording(id, seen),
                f -> "Saved the recording " + recordings.update(id, f.versionNumber(), f.toInput(references)).title
                        + ".");
        if (outcome.saved()) {
            return Flash.seeOther("/recordings/" + id, outcome.message());
        }
        return Response.status(outcome.status())
                .entity(Templates.form(
                        recordings.get(id), outcome.form(), outcome.errors(RecordingForm.FIELDS), outcome.conflict()))
                .build();
    }

    @POST
    @Path("{id}/delete")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Requires(Permission.EDIT_CATALOGUE)
    public Response delete(@PathParam("id") long id, @RestForm String version) {
        String title = recordings.get(id).title;
        recordings.delete(id, FormFields.version(version));
        return Flash.seeOther("/recordings", "Deleted the recording " + title + ".");
    }
}
