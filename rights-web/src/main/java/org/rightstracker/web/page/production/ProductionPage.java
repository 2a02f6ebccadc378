package org.rightstracker.web.page.production;

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
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.jboss.resteasy.reactive.RestForm;
import org.rightstracker.core.clearance.engine.CueStatus;
import org.rightstracker.core.clearance.engine.ProductionVerdict;
import org.rightstracker.core.cue.CueOrigin;
import org.rightstracker.core.cue.CueUsage;
import org.rightstracker.core.production.Production;
import org.rightstracker.core.production.ProductionKind;
import org.rightstracker.core.production.ProductionService;
import org.rightstracker.core.scope.Media;
import org.rightstracker.core.shared.FrameRate;
import org.rightstracker.core.shared.ValidationException;
import org.rightstracker.web.page.ConflictView;
import org.rightstracker.web.page.EditMerge;
import org.rightstracker.web.page.Flash;
import org.rightstracker.web.page.FormErrors;
import org.rightstracker.web.page.Htmx;
import org.rightstracker.web.page.OtherChanges;
import org.rightstracker.web.page.ProductionVerdicts;
import org.rightstracker.web.page.References;
import org.rightstracker.web.security.AppUser;
import org.rightstracker.web.security.CurrentUser;
import org.rightstracker.web.security.Permission;
import org.rightstracker.web.security.Permissions;
import org.rightstracker.web.security.ProductionAccess;
import org.rightstracker.web.security.ProductionMember;
import org.rightstracker.web.security.UserAccounts;

/** A production: its header and release plan, its cues (filtered, sorted, score and songs apart), and its form. */
@Path("/productions")
public class ProductionPage {

    @Inject
    ProductionAccess access;

    @Inject
    CurrentUser user;

    @Inject
    Permissions permissions;

    @Inject
    ProductionService productions;

    @Inject
    UserAccounts accounts;

    @Inject
    References references;

    @Inject
    HttpHeaders headers;

    /** The fixed lists a production page and form offer. */
    public record Choices(
            List<ProductionKind> kinds,
            List<FrameRate> frameRates,
            List<Media> media,
            List<CueStatus> statuses,
            List<CueOrigin> origins,
            List<CueUsage> usages,
            List<CueFilter.Choice> sorts) {

        static final Choices ALL = new Choices(
                List.of(ProductionKind.values()),
                List.of(FrameRate.values()),
                List.of(Media.values()),
                List.of(CueStatus.values()),
                List.of(CueOrigin.values()),
                List.of(CueUsage.values()),
                CueFilter.SORTS);
    }

    /** A team member as the header lists them. */
    public record TeamMember(String name, String role) {}

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance show(
                Production production,
                ProductionVerdict verdict,
                RenderedCueList listing,
                CueFilter filter,
                List<TeamMember> team,
                boolean canEdit,
                Choices choices);

        static native TemplateInstance show$cues(
                Production production, RenderedCueList listing, CueFilter filter, boolean canEdit);

        static native TemplateInstance cueGroups(CueListing listing, boolean canEdit);

        static native TemplateInstance licensorOptions(List<String> licensors, CueFilter filter);

        static native TemplateInstance form(
                Production production, ProductionForm form, FormErrors errors, ConflictView conflict, Choices choices);
    }

    @Inject
    ProductionVerdicts verdicts;

    @Inject
    ProductionCueLists cueLists;

    @GET
    @Path("{id}")
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance show(@PathParam("id") long id, @BeanParam CueFilter filter) {
        Production production = access.requireVisible(id);
        boolean canEdit = permissions.canEditProductions();
        RenderedCueList listing = cueLists.of(production, filter, canEdit);
        if (Htmx.isRequest(headers)) {
            return Templates.show$cues(production, listing, filter, canEdit);
        }
        return Templates.show(production, verdicts.of(production), listing, filter, team(id), canEdit, Choices.ALL);
    }

    @GET
    @Path("new")
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance newForm() {
        requireCreator();
        return Templates.form(null, ProductionForm.empty(), FormErrors.none(), null, Choices.ALL);
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    public Response create(@BeanParam ProductionForm form) {
        requireCreator();
        Production created;
        try {
            created = productions.create(form.toInput(references));
        } catch (ValidationException e) {
            return Response.status(400)
                    .entity(Templates.form(null, form, FormErrors.of(e, ProductionForm.FIELDS), null, Choices.ALL))
                    .build();
        }
        // The creator joins the team, or a supervisor would lose sight of the production they just made.
        AppUser creator = AppUser.findById(user.userId());
        if (creator != null) {
            accounts.addMember(created, creator);
        }
        return Flash.seeOther(
                "/productions/" + created.id,
                "Created " + created.displayTitle() + ". Add its cues next: each is checked against the release plan.");
    }

    @GET
    @Path("{id}/edit")
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance edit(@PathParam("id") long id) {
        Production production = access.requireEditable(id);
        return Templates.form(production, ProductionForm.of(production), FormErrors.none(), null, Choices.ALL);
    }

    @POST
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    public Response update(@PathParam("id") long id, @BeanParam ProductionForm form, @RestForm List<String> keep) {
        access.requireEditable(id);
        EditMerge.Outcome<ProductionForm> outcome = EditMerge.save(
                form,
                keep,
                ProductionForm.MERGE,
                () -> ProductionForm.of(productions.get(id)),
                seen -> OtherChanges.ofEntity("Production", id, seen),
                f -> "Saved "
                        + productions
                                .update(id, f.versionNumber(), f.toInput(references))
                                .displayTitle()
                        + ".");
        if (outcome.saved()) {
            return Flash.seeOther("/productions/" + id, outcome.message());
        }
        return Response.status(outcome.status())
                .entity(Templates.form(
                        productions.get(id),
                        outcome.form(),
                        outcome.errors(ProductionForm.FIELDS),
                        outcome.conflict(),
                        Choices.ALL))
                .build();
    }

    private void requireCreator() {
        permissions.require(Permission.CREATE_PRODUCTION);
    }

    private static List<TeamMember> team(long productionId) {
        return ProductionMember.<ProductionMember>find(
                        "select m from ProductionMember m join fetch m.user u where m.productionId = ?1"
                                + " order by u.displayName",
                        productionId)
                .stream()
                .filter(m -> m.user.enabled)
                .map(m -> new TeamMember(m.user.displayName, m.user.role.label()))
                .toList();
    }
}
