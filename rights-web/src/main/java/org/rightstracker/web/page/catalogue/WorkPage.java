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
import org.rightstracker.core.shared.ValidationException;
import org.rightstracker.core.work.PublisherRole;
import org.rightstracker.core.work.Work;
import org.rightstracker.core.work.WorkService;
import org.rightstracker.core.work.WriterDesignation;
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

/** Compositions: the searchable list, one work with where it is used, and the form with its share editors. */
@Path("/works")
public class WorkPage {

    @Inject
    Duplicates duplicates;

    @Inject
    WorkService works;

    @Inject
    References references;

    @Inject
    Permissions permissions;

    @Inject
    ProductionAccess access;

    /** The fixed lists the work form offers. */
    public record Choices(List<WriterDesignation> designations, List<PublisherRole> roles) {
        static final Choices ALL = new Choices(List.of(WriterDesignation.values()), List.of(PublisherRole.values()));
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance list(List<Work> works, Pager pager, boolean canEdit);

        static native TemplateInstance show(
                Work work,
                List<Recording> recordings,
                List<Cue> cues,
                int hiddenCues,
                boolean canEdit,
                Duplicates.View dup);

        static native TemplateInstance form(
                Work work, WorkForm form, FormErrors errors, ConflictView conflict, Choices choices);
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance list(@RestQuery String q, @RestQuery Integer page) {
        Pager pager = Pager.of("/works", q, page, works.count(q));
        return Templates.list(works.search(q, pager.index(), pager.size()), pager, permissions.canEditCatalogue());
    }

    @GET
    @Path("{id}")
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance show(@PathParam("id") long id) {
        Work work = Duplicates.orMerged(CatalogueKind.WORK, id, () -> works.get(id));
        List<Recording> recordings = Recording.list("work.id = ?1 order by title", id);
        List<Cue> all =
                Cue.list("select c from Cue c join fetch c.production where c.work.id = ?1 order by c.number", id);
        // A work is shared by every production; the cues of productions the user is not on stay unnamed.
        List<Cue> visible =
                all.stream().filter(c -> access.canSee(c.production.id)).toList();
        return Templates.show(
                work,
                recordings,
                visible,
                all.size() - visible.size(),
                permissions.canEditCatalogue(),
                duplicates.of(work));
    }

    @GET
    @Path("new")
    @Produces(MediaType.TEXT_HTML)
    @Requires(Permission.EDIT_CATALOGUE)
    public TemplateInstance newForm() {
        return Templates.form(null, WorkForm.empty(), FormErrors.none(), null, Choices.ALL);
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    @Requires(Permission.EDIT_CATALOGUE)
    public Response create(@BeanParam WorkForm typed) {
        if (typed.isRowEdit()) {
            return Response.ok(Templates.form(null, typed.edited(typed.action()), FormErrors.none(), null, Choices.ALL))
                    .build();
        }
        WorkForm form = typed.compact();
        try {
            Work work = works.create(form.toInput(references));
            return Flash.seeOther("/works/" + work.id, "Added the work " + work.title + ".");
        } catch (ValidationException e) {
            return Response.status(400)
                    .entity(Templates.form(null, form, FormErrors.of(e, WorkForm.FIELDS), null, Choices.ALL))
                    .build();
        }
    }

    @GET
    @Path("{id}/edit")
    @Produces(MediaType.TEXT_HTML)
    @Requires(Permission.EDIT_CATALOGUE)
    public TemplateInstance edit(@PathParam("id") long id) {
        Work work = works.get(id);
        return Templates.form(work, WorkForm.of(work), FormErrors.none(), null, Choices.ALL);
    }

    @POST
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    @Requires(Permission.EDIT_CATALOGUE)
    public Response update(@PathParam("id") long id, @BeanParam WorkForm typed, @RestForm List<String> keep) {
        // An unknown id is a 404 before anything else.
        works.get(id);
        if (typed.isRowEdit()) {
            ConflictView open = EditMerge.pending(typed, keep, WorkForm.MERGE, () -> WorkForm.of(works.get(id)));
            return Response.ok(Templates.form(
                            works.get(id), typed.edited(typed.action()), FormErrors.none(), open, Choices.ALL))
                    .build();
        }
        EditMerge.Outcome<WorkForm> outcome = EditMerge.save(
                typed.compact(),
                keep,
                WorkForm.MERGE,
                () -> WorkForm.of(works.get(id)),
                seen -> OtherChanges.ofWork(id, seen),
                f -> "Saved the work " + works.update(id, f.versionNumber(), f.toInput(references)).title + ".");
        if (outcome.saved()) {
            return Flash.seeOther("/works/" + id, outcome.message());
        }
        return Response.status(outcome.status())
                .entity(Templates.form(
                        works.get(id),
                        outcome.form(),
                        outcome.errors(WorkForm.FIELDS),
                        outcome.conflict(),
                        Choices.ALL))
                .build();
    }

    @POST
    @Path("{id}/delete")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Requires(Permission.EDIT_CATALOGUE)
    public Response delete(@PathParam("id") long id, @RestForm String version) {
        String title = works.get(id).title;
        works.delete(id, FormFields.version(version));
        return Flash.seeOther("/works", "Deleted the work " + title + ".");
    }
}
