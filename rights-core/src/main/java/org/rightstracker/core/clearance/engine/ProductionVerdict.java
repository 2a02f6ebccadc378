package org.rightstracker.core.clearance.engine;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.rightstracker.core.cue.CueOrigin;

/**
 * The clearance state of a whole production. Counts, percentage and budget cover active cues only;
 * {@code cues} lists every cue, inactive ones included, each with its own verdict.
 *
 * @param cleared at least one active cue, and every active cue CLEARED
 * @param countsByStatus active cues per status, every status present
 * @param countsByOrigin active cues per origin, every origin present
 * @param percentCleared cleared active cues as a percentage with one decimal; 0.0 without active cues
 * @param problems production-level findings; cue findings stay on each cue
 */
public record ProductionVerdict(
        long productionId,
        boolean cleared,
        Map<CueStatus, Integer> countsByStatus,
        Map<CueOrigin, Integer> countsByOrigin,
        int activeCues,
        int clearedCues,
        BigDecimal percentCleared,
        BudgetSummary budget,
        List<Problem> problems,
        List<CueVerdict> cues) {

    public ProductionVerdict {
        Objects.requireNonNull(percentCleared, "percentCleared");
        Objects.requireNonNull(budget, "budget");
        // Enum maps keep the declared order, so a page listing the counts needs no sorting of its own.
        countsByStatus = Collections.unmodifiableMap(new EnumMap<>(countsByStatus));
        countsByOrigin = Collections.unmodifiableMap(new EnumMap<>(countsByOrigin));
        problems = List.copyOf(problems);
        cues = List.copyOf(cues);
    }
}
