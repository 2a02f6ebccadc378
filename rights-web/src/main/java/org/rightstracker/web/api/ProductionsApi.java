package org.rightstracker.web.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.rightstracker.core.clearance.ProductionClearance;
import org.rightstracker.core.clearance.engine.ProductionVerdict;
import org.rightstracker.core.production.Production;
import org.rightstracker.core.production.ProductionInput;
import org.rightstracker.core.production.ProductionKind;
import org.rightstracker.core.production.ProductionService;
import org.rightstracker.core.shared.RunningTime;
import org.rightstracker.core.shared.SearchWords;
import org.rightstracker.web.security.AppUser;
import org.rightstracker.web.security.CurrentUser;
import org.rightstracker.web.security.Permission;
import org.rightstracker.web.security.Permissions;
import org.rightstracker.web.security.ProductionAccess;
import org.rightstracker.web.security.Requires;
import org.rightstracker.web.security.UserAccounts;

/** Productions of the caller's teams (all, for administrators), with their release plans and budgets. */
@Path("/api/v1/productions")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Productions")
public class ProductionsApi {

    @Inject
    ProductionService productions;

    @Inject
    ProductionAccess access;

    @Inject
    CurrentUser user;

    @Inject
    Permissions permissions;

    @Inject
    UserAccounts accounts;

    @Inject
    ProductionClearance clearance;

    @Inject
    MergePatch merging;

    /** The release plan: what every licence must cover. Term years null = in perpetuity. */
    public record PlanDto(
            String media, String territories, String excludedTerritories, LocalDate termStart, Integer termYears) {}

    public record ProductionDto(
            long id,
            long version,
            String title,
            ProductionKind kind,
            String aka,
            String seriesTitle,
            String episodeNumber,
            String episodeTitle,
            String productionNumber,
            Long studioId,
            boolean studioOwnsScore,
            String runtime,
            String frameRate,
            MoneyDto budget,
            String currency,
            PlanDto releasePlan,
            LocalDate releaseDate,
            String notes) {

        static ProductionDto of(Production p) {
            return new ProductionDto(
                    p.id,
                    p.version,
                    p.title,
                    p.kind,
                    p.aka,
                    p.seriesTitle,
                    p.episodeNumber,
                    p.episodeTitle,
                    p.productionNumber,
                    p.studio == null ? null : p.studio.id,
                    p.studioOwnsScore,
                    p.runtimeSeconds == null ? null : RunningTime.format(Duration.ofSeconds(p.runtimeSeconds)),
                    p.frameRate.label(),
                    MoneyDto.of(p.budget()),
                    p.currency,
                    new PlanDto(
                            p.planMedia.code(),
                            p.planTerritories,
                            p.planExcludedTerritories,
                            p.planTermStart,
                            p.planTermYears),
                    p.releaseDate,
                    p.notes);
        }
    }

    public record ProductionBody(
            Long version,
            String title,
            ProductionKind kind,
            String aka,
            String seriesTitle,
            String episodeNumber,
            String episodeTitle,
            String productionNumber,
            Long studioId,
            boolean studioOwnsScore,
            String runtime,
            String frameRate,
            String budget,
            String currency,
            PlanDto releasePlan,
            LocalDate releaseDate,
            String notes) {

        /** The body that would leave the production as it is: what a merge patch applies to. */
        static ProductionBody of(Production p) {
            return new ProductionBody(
                    p.version,
                    p.title,
                    p.kind,
                    p.aka,
                    p.seriesTitle,
                    p.episodeNumber,
                    p.episodeTitle,
                    p.productionNumber,
                    p.studio == null ? null : p.studio.id,
                    p.studioOwnsScore,
                    p.runtimeSeconds == null ? null : RunningTime.format(Duration.ofSeconds(p.runtimeSeconds)),
                    p.frameRate.label(),
                    p.budgetAmount == null ? null : p.budgetAmount.toPlainString(),
                    p.currency,
                    new PlanDto(
                            p.planMedia.code(),
                            p.planTerritories,
                            p.planExcludedTerritories,
                            p.planTermStart,
                            p.planTermYears),
                    p.releaseDate,
                    p.notes);
        }

        ProductionInput input() {
            PlanDto plan = releasePlan == null ? new PlanDto(null, null, null, null, null) : releasePlan;
            return new ProductionInput(
                    title,
                    kind,
                    aka,
                    seriesTitle,
                    episodeNumber,
                    episodeTitle,
                    productionNumber,
                    studioId,
                    studioOwnsScore,
                    runtime,
                    frameRate,
                    budget,
                    currency,
                    plan.media(),
                    plan.territories(),
                    plan.excludedTerritories(),
                    plan.termStart(),
                    plan.termYears(),
                    releaseDate,
                    notes);
        }
    }

    @GET
    @Transactional
    public PageOf<ProductionDto> list(
            @QueryParam("q") String query,
            @QueryParam("kind") String kindText,
            @QueryParam("page") @DefaultValue("0") int page,
            @QueryParam("size") @DefaultValue("50") int size) {
        ProductionKind kind = QueryValues.optional(ProductionKind.class, "kind", kindText);
        // Every word typed, in any order, accents and case aside.
        SearchWords words = SearchWords.of(query);
        List<Production> matching = access.visibleProductions().stream()
                .filter(p -> kind == null || p.kind == kind)
                .filter(p -> words.matches(p.displayTitle()))
                .toList();
        return PageOf.slice(matching, page, size, ProductionDto::of);
    }

    @GET
    @Path("{id}")
    @Transactional
    public Response get(@PathParam("id") long id) {
        Production production = access.requireVisible(id);
        return Response.ok(ProductionDto.of(production))
                .tag(Long.toString(production.version))
                .build();
    }

    /** Creates a production; a supervisor who creates one joins its team. */
    @POST
    @Transactional
    @Requires(Permission.CREATE_PRODUCTION)
    public Response create(ProductionBody body) {
        Production production =
                ApiBodies.flushed(productions.create(ApiBodies.required(body).input()));
        if (!permissions.may(Permission.SEE_EVERY_PRODUCTION)) {
            accounts.addMember(production, AppUser.findById(user.userId()));
        }
        return Response.created(URI.create("/api/v1/productions/" + production.id))
                .entity(ProductionDto.of(production))
                .build();
    }

    @PUT
    @Path("{id}")
    @Transactional
    @Operation(
            summary = "Replace a production",
            description = "Full replacement: a member left out is cleared, as if sent as null. To change some"
                    + " members only, send a merge patch with PATCH.")
    public ProductionDto update(
            @PathParam("id") long id, @HeaderParam("If-Match") String ifMatch, ProductionBody body) {
        access.requireEditable(id);
        return save(id, ifMatch, ApiBodies.required(body));
    }

    @PATCH
    @Path("{id}")
    @Consumes({MergePatch.MEDIA_TYPE, MediaType.APPLICATION_JSON})
    @Transactional
    @Operation(
            summary = "Change some members of a production",
            description = "JSON Merge Patch (RFC 7396): a member left out keeps its value, null clears it, and"
                    + " \"releasePlan\" is merged member by member. Send the version you read (\"version\" or"
                    + " If-Match); a stale one is a 409.")
    public ProductionDto patch(
            @PathParam("id") long id,
            @HeaderParam("If-Match") String ifMatch,
            @RequestBody(
                            content =
                                    @Content(
                                            mediaType = MergePatch.MEDIA_TYPE,
                                            schema = @Schema(implementation = ProductionBody.class),
                                            examples =
                                                    @ExampleObject(
                                                            name = "Budget only",
                                                            value = "{\"version\": 3, \"budget\": \"150000\"}")))
                    String patch)
            throws JsonProcessingException {
        Production production = access.requireEditable(id);
        return save(id, ifMatch, merging.apply(ProductionBody.of(production), patch, ProductionBody.class));
    }

    private ProductionDto save(long id, String ifMatch, ProductionBody body) {
        return ProductionDto.of(
                ApiBodies.flushed(productions.update(id, Versions.expected(ifMatch, body.version()), body.input())));
    }

    @DELETE
    @Path("{id}")
    @Transactional
    public Response delete(
            @PathParam("id") long id, @HeaderParam("If-Match") String ifMatch, @QueryParam("version") Long version) {
        access.requireEditable(id);
        productions.delete(id, Versions.expected(ifMatch, version));
        return Response.noContent().build();
    }

    /** The engine's verdict on a production: summary, every cue with status and problems, budget and MFN. */
    @GET
    @Path("{id}/clearance")
    public ProductionVerdict verdict(@PathParam("id") long productionId) {
        access.requireVisible(productionId);
        return clearance.evaluate(productionId);
    }
}
