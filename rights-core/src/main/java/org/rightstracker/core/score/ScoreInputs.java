package org.rightstracker.core.score;

import java.time.LocalDate;
import java.util.List;

/** What people type to record score production, with values as typed; {@link ScoreService} checks them. */
public final class ScoreInputs {

    private ScoreInputs() {}

    /** The planned score minutes and the deliverables expected of every score cue, in order. */
    public record Plan(Integer plannedScoreMinutes, List<String> deliverableKinds) {}

    public record Spotting(LocalDate heldOn, String attendees, String notes) {}

    /** A score cue's spotting notes and target date; the session is optional. */
    public record CueNotes(Long spottingSessionId, String emotionalIntent, String directorNote, LocalDate targetDate) {}

    /** A stage reached (or gone back to) on a day, signed by someone; going back needs a reason. */
    public record Stage(ScoreStage stage, LocalDate on, String signedBy, String reason) {}

    public record Session(
            LocalDate heldOn,
            String studio,
            String orchestra,
            Integer players,
            String conductor,
            String reportNumber,
            String notes,
            List<Long> cueIds) {}
}
