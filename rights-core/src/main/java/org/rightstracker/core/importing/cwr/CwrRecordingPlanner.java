package org.rightstracker.core.importing.cwr;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import org.rightstracker.core.recording.Recording;
import org.rightstracker.core.shared.InChunks;
import org.rightstracker.core.work.Work;

/**
 * Plans the REC records of a work. A recording found by ISRC (or, without one, by work, title and
 * artist) is only completed, never overwritten: CWR describes a first release, which says less about a
 * master than what a supervisor has recorded by hand.
 */
final class CwrRecordingPlanner {

    private final Map<String, Recording> byIsrc;
    private final Map<Long, List<Recording>> byWork = new HashMap<>();

    CwrRecordingPlanner(CwrDocument document) {
        List<String> isrcs = document.works().stream()
                .flatMap(w -> w.work().recordings().stream())
                .map(CwrRecording::isrc)
                .filter(Objects::nonNull)
                .toList();
        byIsrc = InChunks.list(isrcs, chunk -> Recording.<Recording>list("isrc in ?1", chunk)).stream()
                .collect(Collectors.toMap(r -> r.isrc, r -> r));
    }

    /**
     * Loads the recordings of the catalogue works matched to the file's works that name a recording without
     * an ISRC (those are matched by work, title and artist), in a query per thousand works.
     */
    void loadRecordingsOfMatchedWorks(List<CwrDocument.ParsedWork> parsed, List<Work> matched) {
        List<Long> workIds = new ArrayList<>();
        for (int i = 0; i < parsed.size(); i++) {
            if (matched.get(i) != null
                    && parsed.get(i).work().recordings().stream().anyMatch(r -> r.isrc() == null)) {
                workIds.add(matched.get(i).id);
            }
        }
        InChunks.list(
                        workIds.stream().distinct().toList(),
                        chunk -> Recording.<Recording>list("work.id in ?1 order by id", chunk))
                .forEach(r -> byWork.computeIfAbsent(r.work.id, id -> new ArrayList<>())
                        .add(r));
    }

    List<RecordingPlan> plan(CwrDocument.ParsedWork parsed, Work work) {
        List<RecordingPlan> plans = new ArrayList<>();
        for (CwrRecording rec : parsed.work().recordings()) {
            Recording found = rec.isrc() == null ? null : byIsrc.get(rec.isrc());
            if (found == null && rec.isrc() == null && work != null) {
                found = byWork.getOrDefault(work.id, List.of()).stream()
                        .filter(r -> CwrPlanner.folded(r.title).equals(CwrPlanner.folded(rec.title())))
                        .filter(r -> CwrPlanner.folded(r.artist).equals(CwrPlanner.folded(rec.artist())))
                        .findFirst()
                        .orElse(null);
            }
            plans.add(found == null ? created(rec) : completed(rec, found));
        }
        return List.copyOf(plans);
    }

    private static RecordingPlan created(CwrRecording rec) {
        return new RecordingPlan(
                rec.line(),
                rec.title(),
                rec.artist(),
                rec.isrc(),
                rec.label(),
                rec.releaseYear(),
                rec.durationSeconds(),
                rec.albumTitle(),
                rec.catalogueNumber(),
                PlannedAction.CREATE,
                null,
                List.of());
    }

    private static RecordingPlan completed(CwrRecording rec, Recording found) {
        List<String> changes = new ArrayList<>();
        if (found.artist == null && rec.artist() != null) {
            changes.add("artist " + rec.artist());
        }
        if (found.releaseYear == null && rec.releaseYear() != null) {
            changes.add("release year " + rec.releaseYear());
        }
        if (found.durationSeconds == null && rec.durationSeconds() != null) {
            changes.add("duration");
        }
        if (found.albumTitle == null && rec.albumTitle() != null) {
            changes.add("album " + rec.albumTitle());
        }
        if (found.catalogueNumber == null && rec.catalogueNumber() != null) {
            changes.add("catalogue number " + rec.catalogueNumber());
        }
        if (found.work == null) {
            changes.add("linked to the work");
        }
        return new RecordingPlan(
                rec.line(),
                found.title,
                found.artist != null ? found.artist : rec.artist(),
                found.isrc,
                rec.label(),
                found.releaseYear != null ? found.releaseYear : rec.releaseYear(),
                found.durationSeconds != null ? found.durationSeconds : rec.durationSeconds(),
                found.albumTitle != null ? found.albumTitle : rec.albumTitle(),
                found.catalogueNumber != null ? found.catalogueNumber : rec.catalogueNumber(),
                changes.isEmpty() ? PlannedAction.UNCHANGED : PlannedAction.UPDATE,
                found.id,
                List.copyOf(changes));
    }
}
