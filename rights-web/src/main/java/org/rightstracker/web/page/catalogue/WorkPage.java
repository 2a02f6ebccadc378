package org.rightstracker.web.page.catalogue;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.util.List;
import org.jboss.resteasy.reactive.RestForm;
import org.rightstracker.core.catalogue.CatalogueKind;
import org.rightstracker.core.catalogue.CatalogueStore;
import org.rightstracker.core.cue.Cue;
import org.rightstracker.core.recording.Recording;
import org.rightstracker.core.work.PublisherRole;
import org.rightstracker.core.work.Work;
import org.rightstracker.core.work.WorkInput;
import org.rightstracker.core.work.WorkService;
import org.rightstracker.core.work.WriterDesignation;
import org.rightstracker.web.page.ConflictView;
import org.rightstracker.web.page.FormErrors;
import org.rightstracker.web.page.OtherChanges;
import org.rightstracker.web.page.Pager;
import org.rightstracker.web.security.Permission;
import org.rightstracker.web.security.ProductionAccess;
import org.rightstracker.web.security.Requires;

/** Compositions: the searchable list, one work with where it is used, and the form with its share editors. */
@Path("/works")
public class WorkPage extends CataloguePage<Work, WorkForm, WorkInput> {

    @Inject
    WorkService works;

    public WorkPage() {
        super("/works", CatalogueKind.WORK);
    }

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

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    @Requires(Permission.EDIT_CATALOGUE)
    public Response create(@BeanParam WorkForm typed) {
        return created(typed);
    }

    @POST
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    @Requires(Permission.EDIT_CATALOGUE)
    public Response update(@PathParam("id") long id, @BeanParam WorkForm typed, @RestForm List<String> keep) {
        return saved(id, typed, keep);
    }

    @Override
    TemplateInstance detailPage(Work work, boolean canEdit) {
        List<Recording> recordings = Recording.list("work.id = ?1 order by title", work.id);
        List<Cue> all =
                Cue.list("select c from Cue c join fetch c.production where c.work.id = ?1 order by c.number", work.id);
        // A work is shared by every production; the cues of productions the user is not on stay unnamed.
        List<Cue> visible =
                all.stream().filter(c -> access.canSee(c.production.id)).toList();
        return Templates.show(work, recordings, visible, all.size() - visible.size(), canEdit, duplicates.of(work));
    }

    @Override
    CatalogueStore<Work, WorkInput> store() {
        return works;
    }

    @Override
    CatalogueForm.Kind<Work, WorkForm> form() {
        return WorkForm.KIND;
    }

    @Override
    String name(Work record) {
        return "the work " + record.title;
    }

    @Override
    OtherChanges changesSince(long id, Instant seen) {
        return OtherChanges.ofWork(id, seen);
    }

    @Override
    TemplateInstance listPage(List<Work> records, Pager pager, boolean canEdit) {
        return Templates.list(records, pager, canEdit);
    }

    @Override
    TemplateInstance formPage(Work record, WorkForm form, FormErrors errors, ConflictView conflict) {
        return Templates.form(record, form, errors, conflict, Choices.ALL);
    }
}
