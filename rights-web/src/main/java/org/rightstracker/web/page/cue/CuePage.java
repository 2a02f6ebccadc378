package org.rightstracker.web.page.cue;

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
import org.rightstracker.core.cue.Cue;
import org.rightstracker.core.cue.CueOrigin;
import org.rightstracker.core.cue.CueService;
import org.rightstracker.core.cue.CueUsage;
import org.rightstracker.core.production.Production;
import org.rightstracker.web.page.ConflictView;
import org.rightstracker.web.page.EditMerge;
import org.rightstracker.web.page.Flash;
import org.rightstracker.web.page.FormErrors;
import org.rightstracker.web.page.FormFields;
import org.rightstracker.web.page.OtherChanges;
import org.rightstracker.web.page.References;
import org.rightstracker.web.security.ProductionAccess;

/** A cue: its page (ownership, licences, documents) and its form (add, edit, delete). */
@Path("/")
public class CuePage {

    @Inject
    ProductionAccess access;

    @Inject
    CueService cues;

    @Inject
    CueView view;

    @Inject
    References references;

    /** The choices a cue form offers. */
    public record Choices(List<CueOrigin> origins, List<CueUsage> usages) {
        static final Choices ALL = new Choices(List.of(CueOrigin.values()), List.of(CueUsage.values()));
    }

    @CheckedTemplate
    public static class Templates {
        public static native TemplateInstance show(CueModel model);

        public static native TemplateInstance show$clearance(CueModel model);

        static native TemplateInstance form(
                Production production,
                Cue cue,
                CueForm form,
                FormErrors errors,
                ConflictView conflict,
                Choices choices);

        static native TemplateInstance delete(Cue cue, int licences, int documents);
    }

    @GET
    @Path("cues/{id}")
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance show(@PathParam("id") long id) {
        access.requireVisibleCue(id);
        return view.page(id, CueScreen.plain());
    }

    @GET
    @Path("cues/{id}/edit")
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance edit(@PathParam("id") long id) {
        Cue cue = editable(id);
        return Templates.form(cue.production, cue, CueForm.of(cue), FormErrors.none(), null, Choices.ALL);
    }

    @POST
    @Path("cues/{id}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    public Response update(@PathParam("id") long id, @BeanParam CueForm form, @RestForm List<String> keep) {
        editable(id);
        EditMerge.Outcome<CueForm> outcome = EditMerge.save(
                form,
                keep,
                CueForm.MERGE,
                () -> CueForm.of(cues.get(id)),
                seen -> OtherChanges.ofEntity("Cue", id, seen),
                f -> "Saved cue " + cues.update(id, f.versionNumber(), f.toInput(references)).number + ".");
        if (outcome.saved()) {
            return Flash.seeOther("/cues/" + id, outcome.message());
        }
        Cue current = cues.get(id);
        return Response.status(outcome.status())
                .entity(Templates.form(
                        current.production,
                        current,
                        outcome.form(),
                        outcome.errors(CueForm.FIELDS),
                        outcome.conflict(),
                        Choices.ALL))
                .build();
    }

    @GET
    @Path("cues/{id}/delete")
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance confirmDelete(@PathParam("id") long id) {
        Cue cue = editable(id);
        int documents = (int) org.rightstracker.core.document.Document.count("cue.id", id);
        return Templates.delete(cue, cue.items.size(), documents);
    }

    @POST
    @Path("cues/{id}/delete")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    public Response delete(@PathParam("id") long id, @RestForm String version) {
        Cue cue = editable(id);
        long productionId = cue.production.id;
        String number = cue.number;
        cues.delete(id, FormFields.version(version));
        return Flash.seeOther("/productions/" + productionId, "Deleted cue " + number + " and its licences.");
    }

    private Cue editable(long id) {
        Cue cue = access.requireVisibleCue(id);
        access.requireEditable(cue.production.id);
        return cue;
    }
}
