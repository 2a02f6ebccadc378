package org.rightstracker.web.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.rightstracker.core.production.Production;
import org.rightstracker.core.score.RecordingSession;
import org.rightstracker.core.score.ScoreBoard;
import org.rightstracker.core.score.ScoreInputs;
import org.rightstracker.core.score.ScoreOverview;
import org.rightstracker.core.score.ScoreService;
import org.rightstracker.core.score.SpottingSession;
import org.rightstracker.web.security.ProductionAccess;

/**
 * A production's score production: the overview (cues by stage with their history, spotting notes and
 * deliverables, minutes against the plan, sessions), the plan, and new spotting and recording sessions.
 * A cue's own stages, notes and deliverables are under {@link CueScoreApi}.
 */
@Path("/api/v1/productions/{productionId}/score")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Score")
public class ProductionScoreApi {

    @Inject
    ScoreService score;

    @Inject
    ScoreBoard board;

    @Inject
    ProductionAccess access;

    /** The planned score minutes and the deliverables every score cue owes; the production's version. */
    public record PlanBody(Integer plannedScoreMinutes, List<String> deliverableKinds, Long version) {}

    public record SpottingSessionBody(LocalDate heldOn, String attendees, String notes) {}

    /** A recording session; every listed cue not yet recorded gets a RECORDED stage entry. */
    public record RecordingSessionBody(
            LocalDate heldOn,
            String studio,
            String orchestra,
            Integer players,
            String conductor,
            String reportNumber,
            String notes,
            List<Long> cueIds) {}

    public record PlanDto(
            long productionId, long version, Integer plannedScoreMinutes, List<String> deliverableKinds) {}

    public record SpottingSessionDto(long id, LocalDate heldOn, String attendees, String notes) {}

    public record RecordingSessionDto(
            long id,
            LocalDate heldOn,
            String studio,
            String orchestra,
            Integer players,
            String conductor,
            String reportNumber,
            String notes,
            List<Long> cueIds) {}

    @GET
    @Operation(
            summary = "The production's score production",
            description = "Active score cues with their current stage (null before the first), stage history,"
                    + " spotting notes, target date, late flag and deliverables (present with the document id,"
                    + " or missing); seconds written, approved, recorded and delivered against the plan;"
                    + " spotting and recording sessions.")
    public ScoreOverview overview(@PathParam("productionId") long productionId) {
        access.requireVisible(productionId);
        return board.load(productionId, LocalDate.now());
    }

    @PUT
    @Path("plan")
    @Operation(summary = "Set the planned score minutes and the list of deliverables (production version)")
    public PlanDto plan(
            @PathParam("productionId") long productionId, @HeaderParam("If-Match") String ifMatch, PlanBody body) {
        access.requireEditable(productionId);
        PlanBody plan = ApiBodies.required(body);
        Production saved = score.updatePlan(
                productionId,
                Versions.expected(ifMatch, plan.version()),
                new ScoreInputs.Plan(plan.plannedScoreMinutes(), plan.deliverableKinds()));
        ScoreOverview overview = board.load(productionId, LocalDate.now());
        return new PlanDto(productionId, saved.version, saved.plannedScoreMinutes, overview.deliverableKinds());
    }

    @POST
    @Path("spotting-sessions")
    @Operation(summary = "Record a spotting session")
    public Response spottingSession(@PathParam("productionId") long productionId, SpottingSessionBody body) {
        access.requireEditable(productionId);
        SpottingSessionBody given = ApiBodies.required(body);
        SpottingSession session = score.addSpottingSession(
                productionId, new ScoreInputs.Spotting(given.heldOn(), given.attendees(), given.notes()));
        return Response.created(URI.create("/api/v1/productions/" + productionId + "/score"))
                .entity(new SpottingSessionDto(session.id, session.heldOn, session.attendees, session.notes))
                .build();
    }

    @POST
    @Path("recording-sessions")
    @Operation(
            summary = "Record a recording session and the cues it recorded",
            description = "Each listed cue that had not reached RECORDED gets a RECORDED stage entry dated the"
                    + " session day and signed by the conductor; cues already recorded or later keep their stage.")
    public Response recordingSession(@PathParam("productionId") long productionId, RecordingSessionBody body) {
        access.requireEditable(productionId);
        RecordingSessionBody given = ApiBodies.required(body);
        RecordingSession session = score.addRecordingSession(
                productionId,
                new ScoreInputs.Session(
                        given.heldOn(),
                        given.studio(),
                        given.orchestra(),
                        given.players(),
                        given.conductor(),
                        given.reportNumber(),
                        given.notes(),
                        given.cueIds()));
        return Response.created(URI.create("/api/v1/productions/" + productionId + "/score"))
                .entity(new RecordingSessionDto(
                        session.id,
                        session.heldOn,
                        session.studio,
                        session.orchestra,
                        session.players,
                        session.conductor,
                        session.reportNumber,
                        session.notes,
                        session.cues.stream().map(c -> c.id).toList()))
                .build();
    }
}
