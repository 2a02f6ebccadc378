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
import org.rightstracker.core.party.Party;
import org.rightstracker.core.party.PartyInput;
import org.rightstracker.core.party.PartyKind;
import org.rightstracker.core.party.PartyRole;
import org.rightstracker.core.party.PartyService;
import org.rightstracker.core.recording.MasterShare;
import org.rightstracker.core.work.PublisherShare;
import org.rightstracker.core.work.WriterShare;
import org.rightstracker.web.page.ConflictView;
import org.rightstracker.web.page.FormErrors;
import org.rightstracker.web.page.OtherChanges;
import org.rightstracker.web.page.Pager;
import org.rightstracker.web.security.Permission;
import org.rightstracker.web.security.Requires;

/** People and companies: writers, publishers, labels, studios. List, one party with what it owns, and the form. */
@Path("/parties")
public class PartyPage extends CataloguePage<Party, PartyForm, PartyInput> {

    @Inject
    PartyService parties;

    public PartyPage() {
        super("/parties", CatalogueKind.PARTY);
    }

    /** The fixed lists the party form offers. */
    public record Choices(List<PartyKind> kinds, List<PartyRole> roles) {
        static final Choices ALL = new Choices(List.of(PartyKind.values()), List.of(PartyRole.values()));
    }

    /** What a party holds, for its page. */
    public record Holdings(List<WriterShare> writes, List<PublisherShare> publishes, List<MasterShare> masters) {}

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance list(List<Party> parties, Pager pager, boolean canEdit);

        static native TemplateInstance show(Party party, Holdings holdings, boolean canEdit, Duplicates.View dup);

        static native TemplateInstance form(
                Party party, PartyForm form, FormErrors errors, ConflictView conflict, Choices choices);
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    @Requires(Permission.EDIT_CATALOGUE)
    public Response create(@BeanParam PartyForm form) {
        return created(form);
    }

    @POST
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    @Requires(Permission.EDIT_CATALOGUE)
    public Response update(@PathParam("id") long id, @BeanParam PartyForm form, @RestForm List<String> keep) {
        return saved(id, form, keep);
    }

    @Override
    TemplateInstance detailPage(Party party, boolean canEdit) {
        Holdings holdings = new Holdings(
                WriterShare.list(
                        "select w from WriterShare w join fetch w.work where w.party.id = ?1 order by w.work.title",
                        party.id),
                PublisherShare.list(
                        "select s from PublisherShare s join fetch s.work where s.party.id = ?1 order by s.work.title",
                        party.id),
                MasterShare.list(
                        "select m from MasterShare m join fetch m.recording where m.party.id = ?1"
                                + " order by m.recording.title",
                        party.id));
        return Templates.show(party, holdings, canEdit, duplicates.of(party));
    }

    @Override
    CatalogueStore<Party, PartyInput> store() {
        return parties;
    }

    @Override
    CatalogueForm.Kind<Party, PartyForm> form() {
        return PartyForm.KIND;
    }

    @Override
    String name(Party record) {
        return record.name;
    }

    @Override
    OtherChanges changesSince(long id, Instant seen) {
        // Parties are not in the audit trail: the merge names nobody, the saved values say what changed.
        return OtherChanges.unrecorded();
    }

    @Override
    TemplateInstance listPage(List<Party> records, Pager pager, boolean canEdit) {
        return Templates.list(records, pager, canEdit);
    }

    @Override
    TemplateInstance formPage(Party record, PartyForm form, FormErrors errors, ConflictView conflict) {
        return Templates.form(record, form, errors, conflict, Choices.ALL);
    }
}
