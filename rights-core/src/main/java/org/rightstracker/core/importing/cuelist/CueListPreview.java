package org.rightstracker.core.importing.cuelist;

import java.util.List;

/**
 * What importing a cue list into a production would do, worked out without changing anything. A list
 * with errors cannot be committed.
 */
public record CueListPreview(
        String fileName,
        long productionId,
        String productionTitle,
        List<CuePlan> cues,
        List<CueListProblem> problems,
        long newParties,
        long newWorks,
        long newRecordings) {

    public long errorCount() {
        return problems.stream().filter(CueListProblem::error).count();
    }

    public long warningCount() {
        return problems.size() - errorCount();
    }

    public boolean canCommit() {
        return errorCount() == 0 && !cues.isEmpty();
    }

    public long created() {
        return count(RowAction.CREATE);
    }

    public long updated() {
        return count(RowAction.UPDATE);
    }

    public long unchanged() {
        return count(RowAction.UNCHANGED);
    }

    public long count(RowAction action) {
        return cues.stream().filter(c -> c.action() == action).count();
    }
}
