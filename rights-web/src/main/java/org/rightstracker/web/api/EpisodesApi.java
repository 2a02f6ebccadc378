package org.rightstracker.web.api;

import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.rightstracker.core.cue.CueCopy;
import org.rightstracker.core.production.Production;
import org.rightstracker.core.series.SeriesService;
import org.rightstracker.core.shared.ValidationException;
import org.rightstracker.web.security.ProductionAccess;
import org.rightstracker.web.security.SeriesAccess;

/** A production as an episode: its place in a season, and cues copied from another episode. */
@Path("/api/v1/productions/{id}")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Series")
public class EpisodesApi {

    @Inject
    SeriesService series;

    @Inject
    CueCopy cueCopy;

    @Inject
    ProductionAccess access;

    @Inject
    SeriesAccess seriesAccess;

    /** seasonId null takes the production out of its season; episodeOrder null puts it after the last. */
    public record PlacementBody(Long version, Long seasonId, Integer episodeOrder, Boolean currencyFromSeries) {}

    public record PlacementDto(
            long productionId, long version, Long seriesId, Long seasonId, Integer episodeOrder, String currency) {}

    /** sourceProductionId required; numbers empty or absent copies every active cue. */
    public record CueCopyBody(Long sourceProductionId, List<String> numbers) {}

    @PUT
    @Path("season")
    @Transactional
    @Operation(
            summary = "Place a production in a season (making it an episode), or take it out",
            description = "Send the production's version. currencyFromSeries true totals its fees in the"
                    + " series' currency; without its own complete plan or studio it inherits the series' too.")
    public PlacementDto place(@PathParam("id") long id, @HeaderParam("If-Match") String ifMatch, PlacementBody body) {
        access.requireEditable(id);
        PlacementBody sent = ApiBodies.required(body);
        if (sent.seasonId() != null && !seriesAccess.canSeeSeason(sent.seasonId())) {
            // Checked by the service too; a season the caller may not see reads as one that does not exist.
            throw new ValidationException("seasonId", "Season " + sent.seasonId() + " does not exist.");
        }
        Production placed = ApiBodies.flushed(series.placeEpisode(
                id,
                Versions.expected(ifMatch, sent.version()),
                sent.seasonId(),
                sent.episodeOrder(),
                Boolean.TRUE.equals(sent.currencyFromSeries())));
        return new PlacementDto(
                placed.id,
                placed.version,
                placed.season == null ? null : placed.season.series.id,
                placed.season == null ? null : placed.season.id,
                placed.episodeOrder,
                placed.currency().getCurrencyCode());
    }

    @POST
    @Path("cue-copies")
    @Transactional
    @Operation(
            summary = "Copy cues from another episode",
            description = "New cues with the same numbers, titles, usage, timing, works and recordings; no licence"
                    + " is copied (a season or series licence covers the copies by its range). Numbers this"
                    + " production already uses are skipped and listed.")
    public CueCopy.Result copy(@PathParam("id") long id, CueCopyBody body) {
        access.requireEditable(id);
        CueCopyBody sent = ApiBodies.required(body);
        if (sent.sourceProductionId() != null && !access.canSee(sent.sourceProductionId())) {
            // Another team's episode reads as one that does not exist.
            throw new ValidationException(
                    "sourceProductionId", "Production " + sent.sourceProductionId() + " does not exist.");
        }
        return cueCopy.copy(id, sent.sourceProductionId(), sent.numbers());
    }
}
