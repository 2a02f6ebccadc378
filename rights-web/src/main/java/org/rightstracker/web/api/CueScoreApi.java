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
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.rightstracker.core.cue.Cue;
import org.rightstracker.core.score.ScoreCue;
import org.rightstracker.core.score.ScoreDeliverable;
import org.rightstracker.core.score.ScoreInputs;
import org.rightstracker.core.score.ScoreService;
import org.rightstracker.core.score.ScoreStage;
import org.rightstracker.core.score.ScoreStageEntry;
import org.rightstracker.core.shared.ValidationException;
import org.rightstracker.web.security.ProductionAccess;

/**
 * One score cue's stage history (read and record), spotting notes and deliverables, addressed by the cue's
 * id ({@code /api/v1/score-cues/{cueId}}); a cue that is not score answers 400 naming {@code cue}.
 */
@Path("/api/v1/score-cues/{cueId}")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Score")
public class CueScoreApi {

    @Inject
    ScoreService score;

    @Inject
    ProductionAccess access;

    /**
     * A stage reached or gone back to (going back needs a reason). {@code version} is the number of
     * entries of the history you read, so a stage someone else recorded meanwhile is a 409.
     */
    public record StageBody(ScoreStage stage, LocalDate on, String signedBy, String reason, Long version) {}

    /** The cue's spotting notes and target date; {@code version} is 0 while the cue has none. */
    public record NotesBody(
            Long spottingSessionId, String emotionalIntent, String directorNote, LocalDate targetDate, Long version) {}

    public record StageDto(
            long id,
            ScoreStage stage,
            LocalDate on,
            String signedBy,
            String recordedBy,
            String reason,
            Long recordingSessionId) {

        static StageDto of(ScoreStageEntry e) {
            return new StageDto(
                    e.id,
                    e.stage,
                    e.occurredOn,
                    e.signedBy,
                    e.username,
                    e.reason,
                    e.recordingSession == null ? null : e.recordingSession.id);
        }
    }

    /** The history oldest first; {@code version} is what a new stage must send. */
    public record StagesDto(long cueId, ScoreStage current, int version, List<StageDto> history) {}

    public record NotesDto(
            long cueId,
            long version,
            Long spottingSessionId,
            String emotionalIntent,
            String directorNote,
            LocalDate targetDate) {}

    public record DeliverableDto(long id, long cueId, String kind, long documentId, String fileName) {}

    @GET
    @Path("stages")
    @Operation(summary = "A score cue's stage history, oldest first; the current stage is the latest")
    public StagesDto stages(@PathParam("cueId") long cueId) {
        Cue cue = access.requireVisibleCue(cueId);
        return stagesOf(cue.id);
    }

    @POST
    @Path("stages")
    @Operation(
            summary = "Record a stage, forward or back",
            description = "Append-only. Going back to an earlier stage (a rejected mock-up) needs a reason.")
    public Response recordStage(
            @PathParam("cueId") long cueId, @HeaderParam("If-Match") String ifMatch, StageBody body) {
        Cue cue = editable(cueId);
        StageBody given = ApiBodies.required(body);
        score.recordStage(
                cue.id,
                Versions.expected(ifMatch, given.version()),
                new ScoreInputs.Stage(given.stage(), given.on(), given.signedBy(), given.reason()));
        return Response.created(URI.create("/api/v1/score-cues/" + cueId + "/stages"))
                .entity(stagesOf(cue.id))
                .build();
    }

    @PUT
    @Path("notes")
    @Operation(summary = "Set a score cue's spotting notes, spotting session and target date")
    public NotesDto notes(@PathParam("cueId") long cueId, @HeaderParam("If-Match") String ifMatch, NotesBody body) {
        Cue cue = editable(cueId);
        NotesBody given = ApiBodies.required(body);
        ScoreCue notes = score.updateCueNotes(
                cue.id,
                Versions.expected(ifMatch, given.version()),
                new ScoreInputs.CueNotes(
                        given.spottingSessionId(), given.emotionalIntent(), given.directorNote(), given.targetDate()));
        return new NotesDto(
                cue.id,
                notes.version,
                notes.spottingSession == null ? null : notes.spottingSession.id,
                notes.emotionalIntent,
                notes.directorNote,
                notes.targetDate);
    }

    @POST
    @Path("deliverables")
    @Consumes(MediaType.APPLICATION_OCTET_STREAM)
    @Operation(
            summary = "Attach a deliverable file (the request body) for one of the production's deliverable kinds",
            description = "Stored as a document of the cue (kind SCORE_DELIVERABLE); PDF, MusicXML, audio: kept as"
                    + " files, never parsed. A kind already delivered is a 409: remove its document first.")
    public Response deliverable(
            @PathParam("cueId") long cueId,
            @QueryParam("kind") String kind,
            @QueryParam("fileName") String fileName,
            byte[] body) {
        Cue cue = editable(cueId);
        if (fileName == null || fileName.isBlank()) {
            throw new ValidationException("fileName", "Name the file, e.g. ?fileName=1M1-full-score.pdf.");
        }
        ScoreDeliverable saved = score.attachDeliverable(
                cue.id,
                kind,
                fileName,
                MediaType.APPLICATION_OCTET_STREAM,
                new ByteArrayInputStream(body == null ? new byte[0] : body));
        return Response.created(URI.create("/documents/" + saved.document.id))
                .entity(new DeliverableDto(
                        saved.id, cue.id, saved.kind.name, saved.document.id, saved.document.fileName))
                .build();
    }

    private StagesDto stagesOf(long cueId) {
        List<ScoreStageEntry> history = score.history(cueId);
        return new StagesDto(
                cueId,
                history.isEmpty() ? null : history.get(history.size() - 1).stage,
                history.size(),
                history.stream().map(StageDto::of).toList());
    }

    private Cue editable(long cueId) {
        Cue cue = access.requireVisibleCue(cueId);
        access.requireEditable(cue.production.id);
        return cue;
    }
}
