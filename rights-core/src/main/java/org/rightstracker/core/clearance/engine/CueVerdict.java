package org.rightstracker.core.clearance.engine;

import java.util.List;
import java.util.Objects;
import org.rightstracker.core.cue.CueOrigin;

/** Everything the engine says about one cue: its status, each right, what is wrong and what to do next. */
public record CueVerdict(
        long cueId,
        String number,
        String title,
        CueOrigin origin,
        boolean active,
        CueStatus status,
        SideStatus sync,
        SideStatus master,
        List<Problem> problems,
        List<String> nextActions,
        List<ItemVerdict> items,
        BudgetSummary budget,
        List<RangeCover> coveredBy) {

    public CueVerdict {
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(sync, "sync");
        Objects.requireNonNull(master, "master");
        Objects.requireNonNull(budget, "budget");
        problems = List.copyOf(problems);
        nextActions = List.copyOf(nextActions);
        items = List.copyOf(items);
        coveredBy = coveredBy == null ? List.of() : List.copyOf(coveredBy);
    }

    public boolean isCleared() {
        return status == CueStatus.CLEARED;
    }
}
