package org.rightstracker.web.api;

import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
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
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.rightstracker.core.series.Season;
import org.rightstracker.core.series.SeasonInput;
import org.rightstracker.core.series.Series;
import org.rightstracker.core.series.SeriesInput;
import org.rightstracker.core.series.SeriesRollup;
import org.rightstracker.core.series.SeriesRollups;
import org.rightstracker.core.series.SeriesService;
import org.rightstracker.web.security.Permission;
import org.rightstracker.web.security.Requires;
import org.rightstracker.web.security.SeriesAccess;

/** Series and their seasons: the defaults episodes inherit, and the roll-up of their episodes. */
@Path("/api/v1/series")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Series")
public class SeriesApi {

    @Inject
    SeriesService service;

    @Inject
    SeriesRollups rollups;

    @Inject
    SeriesAccess access;

    /** The release plan episodes inherit; term years null = in perpetuity. */
    public record PlanDto(
            String media, String territories, String excludedTerritories, LocalDate termStart, Integer termYears) {}

    public record SeasonDto(long id, long version, long seriesId, int number, String title, MoneyDto budget) {
        static SeasonDto of(Season s) {
            return new SeasonDto(s.id, s.version, s.series.id, s.number, s.title, MoneyDto.of(s.budget()));
        }
    }

    public record SeriesDto(
            long id,
            long version,
            String title,
            Long studioId,
            String currency,
            PlanDto releasePlan,
            String notes,
            List<SeasonDto> seasons) {

        static SeriesDto of(Series s, List<Season> seasons) {
            return new SeriesDto(
                    s.id,
                    s.version,
                    s.title,
                    s.studio == null ? null : s.studio.id,
                    s.currency,
                    new PlanDto(
                            s.planMedia.code(),
                            s.planTerritories,
                            s.planExcludedTerritories,
                            s.planTermStart,
                            s.planTermYears),
                    s.notes,
                    seasons.stream().map(SeasonDto::of).toList());
        }
    }

    /** A series as sent: title required; currency defaults to USD; an incomplete plan is simply not inherited. */
    public record SeriesBody(
            Long version, String title, Long studioId, String currency, PlanDto releasePlan, String notes) {

        SeriesInput input() {
            PlanDto plan = releasePlan == null ? new PlanDto(null, null, null, null, null) : releasePlan;
            return new SeriesInput(
                    title,
                    studioId,
                    currency,
                    plan.media(),
                    plan.territories(),
                    plan.excludedTerritories(),
                    plan.termStart(),
                    plan.termYears(),
                    notes);
        }
    }

    /** A season as sent: number (1 for the first) required, title and budget (series currency) optional. */
    public record SeasonBody(Long version, Integer number, String title, String budget) {
        SeasonInput input() {
            return new SeasonInput(number, title, budget);
        }
    }

    @GET
    @Transactional
    @Operation(summary = "The series the caller sees (with at least one of their episodes)")
    public List<SeriesDto> list() {
        return access.visibleSeries().stream()
                .map(s -> SeriesDto.of(s, service.seasons(s.id)))
                .toList();
    }

    @GET
    @Path("{id}")
    @Transactional
    public Response get(@PathParam("id") long id) {
        Series series = access.requireVisible(id);
        return Response.ok(SeriesDto.of(series, service.seasons(id)))
                .tag(Long.toString(series.version))
                .build();
    }

    @POST
    @Transactional
    @Requires(Permission.CREATE_PRODUCTION)
    @Operation(summary = "Create a series", description = "409 when a series of that title exists.")
    public Response create(SeriesBody body) {
        Series series =
                ApiBodies.flushed(service.create(ApiBodies.required(body).input()));
        return Response.created(URI.create("/api/v1/series/" + series.id))
                .entity(SeriesDto.of(series, List.of()))
                .build();
    }

    @PUT
    @Path("{id}")
    @Transactional
    @Operation(
            summary = "Replace a series' title and defaults",
            description = "Full replacement; episodes without their own plan, studio or currency inherit the new"
                    + " values at once. Send the version you read (\"version\" or If-Match); stale is a 409.")
    public SeriesDto update(@PathParam("id") long id, @HeaderParam("If-Match") String ifMatch, SeriesBody body) {
        access.requireEditable(id);
        SeriesBody sent = ApiBodies.required(body);
        Series series = ApiBodies.flushed(service.update(id, Versions.expected(ifMatch, sent.version()), sent.input()));
        return SeriesDto.of(series, service.seasons(id));
    }

    @DELETE
    @Path("{id}")
    @Transactional
    @Operation(summary = "Delete a series", description = "409 while it still has seasons.")
    public Response delete(
            @PathParam("id") long id, @HeaderParam("If-Match") String ifMatch, @QueryParam("version") Long version) {
        access.requireEditable(id);
        service.delete(id, Versions.expected(ifMatch, version));
        return Response.noContent().build();
    }

    @POST
    @Path("{id}/seasons")
    @Transactional
    @Operation(summary = "Add a season", description = "409 when the series already has a season of that number.")
    public Response addSeason(@PathParam("id") long id, SeasonBody body) {
        access.requireEditable(id);
        Season season =
                ApiBodies.flushed(service.addSeason(id, ApiBodies.required(body).input()));
        return Response.created(URI.create("/api/v1/seasons/" + season.id))
                .entity(SeasonDto.of(season))
                .build();
    }

    @GET
    @Path("{id}/rollup")
    @Transactional
    @Operation(
            summary = "Season by season: each episode's cleared, blocked and at-risk cues, budgets and what expires",
            description = "Counts only the episodes the caller sees. A series or season licence is counted once,"
                    + " in the episode it is stored in.")
    public SeriesRollup rollup(@PathParam("id") long id) {
        access.requireVisible(id);
        return rollups.rollup(id, null, access.episodeFilter());
    }
}
