package org.rightstracker.core.importing.cwr;

import java.util.List;
import java.util.Map;

/**
 * What importing a CWR file would do, worked out without changing anything: the parties, works and
 * recordings it would create or update, and every problem found. A file with errors cannot be committed.
 */
public record CwrPreview(
        String fileName,
        String version,
        String sender,
        int records,
        Map<String, Integer> skipped,
        List<CwrProblem> problems,
        List<PartyPlan> parties,
        List<WorkPlan> works) {

    public long errorCount() {
        return problems.stream().filter(CwrProblem::isError).count();
    }

    public long warningCount() {
        return problems.size() - errorCount();
    }

    public boolean canCommit() {
        return errorCount() == 0 && !works.isEmpty();
    }

    public long parties(PlannedAction action) {
        return parties.stream().filter(p -> p.action() == action).count();
    }

    public long works(PlannedAction action) {
        return works.stream().filter(w -> w.action() == action).count();
    }

    public long recordings(PlannedAction action) {
        return works.stream()
                .flatMap(w -> w.recordings().stream())
                .filter(r -> r.action() == action)
                .count();
    }

    // Named counts for the preview page, whose templates cannot pass an enum.
    public long worksCreated() {
        return works(PlannedAction.CREATE);
    }

    public long worksUpdated() {
        return works(PlannedAction.UPDATE);
    }

    public long worksUnchanged() {
        return works(PlannedAction.UNCHANGED);
    }

    public long partiesCreated() {
        return parties(PlannedAction.CREATE);
    }

    public long partiesUpdated() {
        return parties(PlannedAction.UPDATE);
    }

    public long partiesUnchanged() {
        return parties(PlannedAction.UNCHANGED);
    }

    /** True when committing would change the catalogue at all. */
    public boolean changesSomething() {
        return parties.stream().anyMatch(p -> p.action() != PlannedAction.UNCHANGED)
                || works.stream().anyMatch(w -> w.action() != PlannedAction.UNCHANGED)
                || recordings(PlannedAction.CREATE) + recordings(PlannedAction.UPDATE) > 0;
    }
}
