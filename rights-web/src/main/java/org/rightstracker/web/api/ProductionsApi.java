package org.rightstracker.web.api;

import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
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
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.rightstracker.core.clearance.ProductionClearance;
import org.rightstracker.core.clearance.engine.ProductionVerdict;
import org.rightstracker.core.production.Production;
import org.rightstracker.core.production.ProductionInput;
import org.rightstracker.core.production.ProductionKind;
import org.rightstracker.core.production.ProductionService;
import org.rightstracker.core.shared.RunningTime;
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
        String needle = query == null ? "" : query.strip().toLowerCase();
        List<Production> matching = access.visibleProductions().stream()
                .filter(p -> kind == null || p.kind == kind)
                .filter(p -> p.displayTitle().toLowerCase().contains(needle))
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
    public ProductionDto update(
            @PathParam("id") long id, @HeaderParam("If-Match") String ifMatch, ProductionBody body) {
        access.requireEditable(id);
        ProductionBody given = ApiBodies.required(body);
        return ProductionDto.of(
                ApiBodies.flushed(productions.update(id, Versions.expected(ifMatch, given.version()), given.input())));
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
