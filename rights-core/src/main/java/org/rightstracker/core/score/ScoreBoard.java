package org.rightstracker.core.score;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.rightstracker.core.cue.Cue;
import org.rightstracker.core.cue.CueNumberOrder;
import org.rightstracker.core.cue.CueOrigin;
import org.rightstracker.core.production.Production;
import org.rightstracker.core.shared.NotFoundException;

/** Reads a production's score production in a fixed number of statements, whatever the number of cues. */
@ApplicationScoped
public class ScoreBoard {

    /** Reads in one transaction, so every statement sees the same moment. */
    @Transactional
    public ScoreOverview load(long productionId, LocalDate today) {
        Production production = Production.<Production>findByIdOptional(productionId)
                .orElseThrow(() -> NotFoundException.of("Production", productionId));
        List<Cue> cues = Cue.<Cue>list(
                        "production.id = ?1 and origin = ?2 and active = true", productionId, CueOrigin.SCORE)
                .stream()
                .sorted(Comparator.comparing((Cue c) -> c.number, CueNumberOrder.INSTANCE))
                .toList();
        Map<Long, List<ScoreStageEntry>> histories = ScoreStageEntry.<ScoreStageEntry>list(
                        "select e from ScoreStageEntry e where e.cue.production.id = ?1 order by e.occurredOn, e.id",
                        productionId)
                .stream()
                .collect(Collectors.groupingBy(e -> e.cue.id, LinkedHashMap::new, Collectors.toList()));
        Map<Long, ScoreCue> notes = ScoreCue.<ScoreCue>list("cue.production.id = ?1", productionId).stream()
                .collect(Collectors.toMap(n -> n.cue.id, n -> n));
        List<DeliverableKind> storedKinds = DeliverableKind.listFor(productionId);
        List<String> kinds = storedKinds.isEmpty()
                ? DeliverableKind.DEFAULTS
                : storedKinds.stream().map(k -> k.name).toList();
        Map<Long, List<ScoreDeliverable>> delivered = ScoreDeliverable.<ScoreDeliverable>list(
                        "select d from ScoreDeliverable d join fetch d.kind join fetch d.document"
                                + " where d.cue.production.id = ?1",
                        productionId)
                .stream()
                .collect(Collectors.groupingBy(d -> d.cue.id));
        List<SpottingSession> spotting = SpottingSession.listFor(productionId);
        List<RecordingSession> sessions = RecordingSession.listFor(productionId);

        Map<Long, String> numbers = cues.stream().collect(Collectors.toMap(c -> c.id, c -> c.number));
        List<ScoreOverview.CueRow> rows = new ArrayList<>();
        for (Cue cue : cues) {
            rows.add(row(
                    cue,
                    histories.getOrDefault(cue.id, List.of()),
                    notes.get(cue.id),
                    kinds,
                    delivered.getOrDefault(cue.id, List.of()),
                    today));
        }
        return new ScoreOverview(
                production.id,
                production.displayTitle(),
                production.version,
                today,
                production.plannedScoreMinutes,
                kinds,
                rows,
                minutes(production.plannedScoreMinutes, rows),
                byStage(rows),
                spotting.stream()
                        .map(s -> new ScoreOverview.Spotting(
                                s.id,
                                s.heldOn,
                                s.attendees,
                                s.notes,
                                notes.values().stream()
                                        .filter(n -> n.spottingSession != null && n.spottingSession.id.equals(s.id))
                                        .map(n -> numbers.get(n.cue.id))
                                        .filter(java.util.Objects::nonNull)
                                        .sorted(CueNumberOrder.INSTANCE)
                                        .toList()))
                        .toList(),
                sessions.stream()
                        .map(s -> new ScoreOverview.Session(
                                s.id,
                                s.heldOn,
                                s.studio,
                                s.orchestra,
                                s.players,
                                s.conductor,
                                s.reportNumber,
                                s.notes,
                                s.cues.stream().map(c -> c.number).toList()))
                        .toList());
    }

    private static ScoreOverview.CueRow row(
            Cue cue,
            List<ScoreStageEntry> history,
            ScoreCue notes,
            List<String> kinds,
            List<ScoreDeliverable> delivered,
            LocalDate today) {
        List<ScoreOverview.Step> steps = new ArrayList<>();
        ScoreStage previous = null;
        for (ScoreStageEntry entry : history) {
            boolean back = previous != null && entry.stage.compareTo(previous) < 0;
            steps.add(new ScoreOverview.Step(
                    entry.stage,
                    entry.occurredOn,
                    entry.signedBy,
                    entry.username,
                    entry.reason,
                    back,
                    entry.recordingSession == null ? null : entry.recordingSession.id));
            previous = entry.stage;
        }
        ScoreOverview.Step latest = steps.isEmpty() ? null : steps.get(steps.size() - 1);
        ScoreStage stage = latest == null ? null : latest.stage();
        List<ScoreOverview.Slot> slots = kinds.stream()
                .map(kind -> delivered.stream()
                        .filter(d -> d.kind.name.equalsIgnoreCase(kind))
                        .findFirst()
                        .map(d -> new ScoreOverview.Slot(kind, d.document.id, d.document.fileName))
                        .orElse(new ScoreOverview.Slot(kind, null, null)))
                .toList();
        var target = notes == null ? null : notes.targetDate;
        boolean late = target != null && target.isBefore(today) && (stage == null || !stage.isDelivered());
        return new ScoreOverview.CueRow(
                cue.id,
                cue.number,
                cue.title,
                cue.durationSeconds,
                cue.scene,
                cue.timecodeIn,
                cue.timecodeOut,
                cue.moods,
                cue.styles,
                stage,
                latest == null ? null : latest.on(),
                target,
                late,
                notes == null || notes.spottingSession == null ? null : notes.spottingSession.id,
                notes == null ? null : notes.emotionalIntent,
                notes == null ? null : notes.directorNote,
                notes == null ? 0 : notes.version,
                steps,
                slots);
    }

    static ScoreOverview.Minutes minutes(Integer planned, List<ScoreOverview.CueRow> rows) {
        int written = 0;
        int approved = 0;
        int recorded = 0;
        int delivered = 0;
        for (ScoreOverview.CueRow row : rows) {
            int seconds = row.durationSeconds() == null ? 0 : row.durationSeconds();
            ScoreStage stage = row.stage();
            if (stage == null) {
                continue;
            }
            written += stage.isWritten() ? seconds : 0;
            approved += stage.isApproved() ? seconds : 0;
            recorded += stage.isRecorded() ? seconds : 0;
            delivered += stage.isDelivered() ? seconds : 0;
        }
        return new ScoreOverview.Minutes(planned == null ? null : planned * 60, written, approved, recorded, delivered);
    }

    private static List<ScoreOverview.StageGroup> byStage(List<ScoreOverview.CueRow> rows) {
        List<ScoreOverview.StageGroup> groups = new ArrayList<>();
        List<ScoreOverview.CueRow> notStarted =
                rows.stream().filter(r -> r.stage() == null).toList();
        if (!notStarted.isEmpty()) {
            groups.add(new ScoreOverview.StageGroup("Not started", notStarted));
        }
        for (ScoreStage stage : ScoreStage.values()) {
            List<ScoreOverview.CueRow> at =
                    rows.stream().filter(r -> r.stage() == stage).toList();
            if (!at.isEmpty()) {
                groups.add(new ScoreOverview.StageGroup(stage.label(), at));
            }
        }
        return groups;
    }
}
