package org.rightstracker.core.score;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.rightstracker.core.shared.RunningTime;

/**
 * A production's score production at a glance, as plain records for the page, the API and the report:
 * every active score cue with its stage, history, spotting notes and deliverables, the minutes at each
 * milestone against the plan, and the sessions.
 */
public record ScoreOverview(
        long productionId,
        String title,
        long productionVersion,
        LocalDate today,
        Integer plannedMinutes,
        List<String> deliverableKinds,
        List<CueRow> cues,
        Minutes minutes,
        List<StageGroup> byStage,
        List<Spotting> spottingSessions,
        List<Session> recordingSessions) {

    /** One score cue. {@code stage} is null for a cue no stage was recorded for yet. */
    public record CueRow(
            long cueId,
            String number,
            String title,
            Integer durationSeconds,
            String scene,
            String timecodeIn,
            String timecodeOut,
            String moods,
            String styles,
            ScoreStage stage,
            LocalDate stageOn,
            LocalDate targetDate,
            boolean late,
            Long spottingSessionId,
            String emotionalIntent,
            String directorNote,
            long notesVersion,
            List<Step> history,
            List<Slot> deliverables) {

        /** The number of entries in the history: the version a stage form carries. */
        public int historyVersion() {
            return history.size();
        }

        /** Every stage, for the form that records one. */
        public List<ScoreStage> stages() {
            return List.of(ScoreStage.values());
        }

        public String stageLabel() {
            return stage == null ? "Not started" : stage.label();
        }

        public List<String> missingDeliverables() {
            return deliverables.stream()
                    .filter(s -> !s.present())
                    .map(Slot::kind)
                    .toList();
        }
    }

    /** One entry of a stage history; {@code back} when it returned to an earlier stage. */
    public record Step(
            ScoreStage stage,
            LocalDate on,
            String signedBy,
            String recordedBy,
            String reason,
            boolean back,
            Long recordingSessionId) {}

    /** One expected deliverable of a cue: present with its document, or missing. */
    public record Slot(String kind, Long documentId, String fileName) {
        public boolean present() {
            return documentId != null;
        }
    }

    /**
     * Seconds of score at each milestone. Written: a mock-up went to the director; approved: the director
     * approved it; recorded and delivered: at those stages or after (delivered is the last stage).
     */
    public record Minutes(
            Integer plannedSeconds,
            int writtenSeconds,
            int approvedSeconds,
            int recordedSeconds,
            int deliveredSeconds) {

        /** Seconds as a running time ("12:30"); pages and reports print these. */
        public static String shown(Integer seconds) {
            return seconds == null ? "—" : RunningTime.format(Duration.ofSeconds(seconds));
        }

        public String planned() {
            return shown(plannedSeconds);
        }

        public String written() {
            return shown(writtenSeconds);
        }

        public String approved() {
            return shown(approvedSeconds);
        }

        public String recorded() {
            return shown(recordedSeconds);
        }

        public String delivered() {
            return shown(deliveredSeconds);
        }

        /** "45 % of the plan", or nothing without a plan. */
        public String ofPlan(int seconds) {
            return plannedSeconds == null || plannedSeconds == 0
                    ? ""
                    : Math.round(100f * seconds / plannedSeconds) + " % of the plan";
        }
    }

    public record StageGroup(String label, List<CueRow> cues) {}

    public record Spotting(long id, LocalDate heldOn, String attendees, String notes, List<String> cueNumbers) {

        /** The id as a form sends it back. */
        public String key() {
            return Long.toString(id);
        }
    }

    public record Session(
            long id,
            LocalDate heldOn,
            String studio,
            String orchestra,
            Integer players,
            String conductor,
            String reportNumber,
            String notes,
            List<String> cueNumbers) {}

    /** The deliverables one a line, as the plan form shows them. */
    public String deliverableKindsText() {
        return String.join("\n", deliverableKinds);
    }

    public List<CueRow> lateCues() {
        return cues.stream().filter(CueRow::late).toList();
    }

    public int missingDeliverableCount() {
        return cues.stream().mapToInt(c -> c.missingDeliverables().size()).sum();
    }
}
