package org.rightstracker.web.api;

import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.rightstracker.core.series.Season;
import org.rightstracker.core.series.SeriesRollup;
import org.rightstracker.core.series.SeriesRollups;
import org.rightstracker.core.series.SeriesService;
import org.rightstracker.web.api.SeriesApi.SeasonBody;
import org.rightstracker.web.api.SeriesApi.SeasonDto;
import org.rightstracker.web.security.Permission;
import org.rightstracker.web.security.Permissions;
import org.rightstracker.web.security.SeriesAccess;

/** One season: read, change, remove, and its roll-up. Seasons are added under their series. */
@Path("/api/v1/seasons/{id}")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Series")
public class SeasonsApi {

    @Inject
    SeriesService service;

    @Inject
    SeriesRollups rollups;

    @Inject
    SeriesAccess access;

    @Inject
    Permissions permissions;

    @GET
    @Transactional
    public Response get(@PathParam("id") long id) {
        Season season = access.requireVisibleSeason(id);
        return Response.ok(SeasonDto.of(season))
                .tag(Long.toString(season.version))
                .build();
    }

    @PUT
    @Transactional
    @Operation(
            summary = "Replace a season's number, title and budget",
            description = "Send the version you read; 409 when stale or when the number is taken.")
    public SeasonDto update(@PathParam("id") long id, @HeaderParam("If-Match") String ifMatch, SeasonBody body) {
        editable(id);
        SeasonBody sent = ApiBodies.required(body);
        return SeasonDto.of(
                ApiBodies.flushed(service.updateSeason(id, Versions.expected(ifMatch, sent.version()), sent.input())));
    }

    @DELETE
    @Transactional
    @Operation(summary = "Remove a season", description = "409 while episodes belong to it.")
    public Response delete(
            @PathParam("id") long id, @HeaderParam("If-Match") String ifMatch, @QueryParam("version") Long version) {
        editable(id);
        service.deleteSeason(id, Versions.expected(ifMatch, version));
        return Response.noContent().build();
    }

    @GET
    @Path("rollup")
    @Transactional
    @Operation(summary = "The season's episodes: cleared, blocked and at-risk cues, budgets and what expires")
    public SeriesRollup.SeasonLine rollup(@PathParam("id") long id) {
        Season season = access.requireVisibleSeason(id);
        return rollups.rollup(season.series.id, id, access.episodeFilter())
                .seasons()
                .get(0);
    }

    private void editable(long id) {
        access.requireVisibleSeason(id);
        permissions.require(Permission.EDIT_PRODUCTION);
    }
}
