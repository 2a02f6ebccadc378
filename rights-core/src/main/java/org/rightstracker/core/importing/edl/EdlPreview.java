package org.rightstracker.core.importing.edl;

import java.util.List;

/**
 * What importing a cut into a production would do, worked out without changing anything: each cue's
 * action and clearance consequence, every problem by line, the clips left to link, and the
 * {@code basis} (each current cue's id and version) a commit must still find.
 */
public record EdlPreview(
        String fileName,
        long productionId,
        String productionTitle,
        String edlTitle,
        String frameRate,
        boolean firstImport,
        List<EdlCuePlan> cues,
        List<EdlProblem> problems,
        List<UnmatchedClip> unmatched,
        String basis) {

    public EdlPreview {
        cues = List.copyOf(cues);
        problems = List.copyOf(problems);
        unmatched = List.copyOf(unmatched);
    }

    public long errorCount() {
        return problems.stream().filter(EdlProblem::error).count();
    }

    public long warningCount() {
        return problems.size() - errorCount();
    }

    public boolean canCommit() {
        return errorCount() == 0 && cues.stream().anyMatch(c -> c.action() != EdlAction.UNCHANGED);
    }

    public long count(EdlAction action) {
        return cues.stream().filter(c -> c.action() == action).count();
    }

    public long created() {
        return count(EdlAction.NEW);
    }

    public long changed() {
        return count(EdlAction.CHANGED) + count(EdlAction.RESTORED);
    }

    public long removed() {
        return count(EdlAction.REMOVED);
    }

    public long unchanged() {
        return count(EdlAction.UNCHANGED);
    }

    public long losingClearance() {
        return cues.stream().filter(EdlCuePlan::losesClearance).count();
    }
}
