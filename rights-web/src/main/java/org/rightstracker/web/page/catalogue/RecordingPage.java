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
import org.rightstracker.core.recording.RecordingInput;
import org.rightstracker.core.recording.RecordingService;
import org.rightstracker.web.page.ConflictView;
import org.rightstracker.web.page.FormErrors;
import org.rightstracker.web.page.OtherChanges;
import org.rightstracker.web.page.Pager;
import org.rightstracker.web.security.Permission;
import org.rightstracker.web.security.ProductionAccess;
import org.rightstracker.web.security.Requires;

/** Master recordings: the searchable list, one recording with where it is used, and the form with its owners. */
@Path("/recordings")
public class RecordingPage extends CataloguePage<Recording, RecordingForm, RecordingInput> {

    @Inject
    RecordingService recordings;

    public RecordingPage() {
        super("/recordings", CatalogueKind.RECORDING);
    }

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

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    @Requires(Permission.EDIT_CATALOGUE)
    public Response create(@BeanParam RecordingForm typed) {
        return created(typed);
    }

    @POST
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    @Requires(Permission.EDIT_CATALOGUE)
    public Response update(@PathParam("id") long id, @BeanParam RecordingForm typed, @RestForm List<String> keep) {
        return saved(id, typed, keep);
    }

    @Override
    TemplateInstance detailPage(Recording recording, boolean canEdit) {
        List<Cue> all = Cue.list(
                "select c from Cue c join fetch c.production where c.recording.id = ?1 order by c.number",
                recording.id);
        List<Cue> visible =
                all.stream().filter(c -> access.canSee(c.production.id)).toList();
        return Templates.show(recording, visible, all.size() - visible.size(), canEdit, duplicates.of(recording));
    }

    @Override
    CatalogueStore<Recording, RecordingInput> store() {
        return recordings;
    }

    @Override
    CatalogueForm.Kind<Recording, RecordingForm> form() {
        return RecordingForm.KIND;
    }

    @Override
    String name(Recording record) {
        return "the recording " + record.title;
    }

    @Override
    OtherChanges changesSince(long id, Instant seen) {
        return OtherChanges.ofRecording(id, seen);
    }

    @Override
    TemplateInstance listPage(List<Recording> records, Pager pager, boolean canEdit) {
        return Templates.list(records, pager, canEdit);
    }

    @Override
    TemplateInstance formPage(Recording record, RecordingForm form, FormErrors errors, ConflictView conflict) {
        return Templates.form(record, form, errors, conflict);
    }
}
