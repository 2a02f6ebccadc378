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
import org.rightstracker.core.party.Party;
import org.rightstracker.core.party.PartyKind;
import org.rightstracker.core.party.PartyRole;
import org.rightstracker.core.party.PartyService;
import org.rightstracker.core.shared.ValidationException;
import org.rightstracker.core.work.PublisherShare;
import org.rightstracker.core.work.WriterShare;
import org.rightstracker.web.page.ConflictView;
import org.rightstracker.web.page.EditMerge;
import org.rightstracker.web.page.Flash;
import org.rightstracker.web.page.FormErrors;
import org.rightstracker.web.page.FormFields;
import org.rightstracker.web.page.OtherChanges;
import org.rightstracker.web.page.Pager;
import org.rightstracker.web.security.Permission;
import org.rightstracker.web.security.Permissions;
import org.rightstracker.web.security.Requires;

/** People and companies: writers, publishers, labels, studios. List, one party with what it owns, and the form. */
@Path("/parties")
public class PartyPage {

    @Inject
    Duplicates duplicates;

    @Inject
    PartyService parties;

    @Inject
    Permissions permissions;

    /** The fixed lists the party form offers. */
    public record Choices(List<PartyKind> kinds, List<PartyRole> roles) {
        static final Choices ALL = new Choices(List.of(PartyKind.values()), List.of(PartyRole.values()));
    }

    /** What a party holds, for its page. */
    public record Holdings(
            List<WriterShare> writes,
            List<PublisherShare> publishes,
            List<org.rightstracker.core.recording.MasterShare> masters) {}

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance list(List<Party> parties, Pager pager, boolean canEdit);

        static native TemplateInstance show(Party party, Holdings holdings, boolean canEdit, Duplicates.View dup);

        static native TemplateInstance form(
                Party party, PartyForm form, FormErrors errors, ConflictView conflict, Choices choices);
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance list(@RestQuery String q, @RestQuery Integer page) {
        Pager pager = Pager.of("/parties", q, page, parties.count(q));
        return Templates.list(parties.search(q, pager.index(), pager.size()), pager, permissions.canEditCatalogue());
    }

    @GET
    @Path("{id}")
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance show(@PathParam("id") long id) {
        Party party = Duplicates.orMerged(CatalogueKind.PARTY, id, () -> parties.get(id));
        Holdings holdings = new Holdings(
                WriterShare.list(
                        "select w from WriterShare w join fetch w.work where w.party.id = ?1 order by w.work.title",
                        id),
                PublisherShare.list(
                        "select s from PublisherShare s join fetch s.work where s.party.id = ?1 order by s.work.title",
                        id),
                org.rightstracker.core.recording.MasterShare.list(
                        "select m from MasterShare m join fetch m.recording where m.party.id = ?1"
                                + " order by m.recording.title",
                        id));
        return Templates.show(party, holdings, permissions.canEditCatalogue(), duplicates.of(party));
    }

    @GET
    @Path("new")
    @Produces(MediaType.TEXT_HTML)
    @Requires(Permission.EDIT_CATALOGUE)
    public TemplateInstance newForm() {
        return Templates.form(null, PartyForm.empty(), FormErrors.none(), null, Choices.ALL);
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    @Requires(Permission.EDIT_CATALOGUE)
    public Response create(@BeanParam PartyForm form) {
        try {
            Party party = parties.create(form.toInput());
            return Flash.seeOther("/parties/" + party.id, "Added " + party.name + ".");
        } catch (ValidationException e) {
            return Response.status(400)
                    .entity(Templates.form(null, form, FormErrors.of(e, PartyForm.FIELDS), null, Choices.ALL))
                    .build();
        }
    }

    @GET
    @Path("{id}/edit")
    @Produces(MediaType.TEXT_HTML)
    @Requires(Permission.EDIT_CATALOGUE)
    public TemplateInstance edit(@PathParam("id") long id) {
        Party party = parties.get(id);
        return Templates.form(party, PartyForm.of(party), FormErrors.none(), null, Choices.ALL);
    }

    @POST
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    @Requires(Permission.EDIT_CATALOGUE)
    public Response update(@PathParam("id") long id, @BeanParam PartyForm form, @RestForm List<String> keep) {
        // An unknown id is a 404 before anything else.
        parties.get(id);
        // Parties are not in the audit trail: the merge names nobody, the saved values say what changed.
        EditMerge.Outcome<PartyForm> outcome = EditMerge.save(
                form,
                keep,
                PartyForm.MERGE,
                () -> PartyForm.of(parties.get(id)),
                seen -> OtherChanges.unrecorded(),
                f -> "Saved " + parties.update(id, f.versionNumber(), f.toInput()).name + ".");
        if (outcome.saved()) {
            return Flash.seeOther("/parties/" + id, outcome.message());
        }
        return Response.status(outcome.status())
                .entity(Templates.form(
                        parties.get(id),
                        outcome.form(),
                        outcome.errors(PartyForm.FIELDS),
                        outcome.conflict(),
                        Choices.ALL))
                .build();
    }

    @POST
    @Path("{id}/delete")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Requires(Permission.EDIT_CATALOGUE)
    public Response delete(@PathParam("id") long id, @RestForm String version) {
        String name = parties.get(id).name;
        parties.delete(id, FormFields.version(version));
        return Flash.seeOther("/parties", "Deleted " + name + ".");
    }
}
