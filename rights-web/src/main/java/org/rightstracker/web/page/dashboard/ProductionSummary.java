package org.rightstracker.web.page.dashboard;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Arrays;
import java.util.List;
import org.rightstracker.core.clearance.engine.BudgetSummary;
import org.rightstracker.core.clearance.engine.CueStatus;
import org.rightstracker.core.clearance.engine.ProductionVerdict;
import org.rightstracker.core.production.Production;
import org.rightstracker.core.shared.Money;

/** One production on the dashboard: its clearance progress, its cues by status and its budget. */
public record ProductionSummary(Production production, ProductionVerdict verdict) {

    /** A status with its number of active cues, for the counts row. */
    public record StatusCount(CueStatus status, int count) {}

    public List<StatusCount> statusCounts() {
        return Arrays.stream(CueStatus.values())
                .map(s -> new StatusCount(s, verdict.countsByStatus().get(s)))
                .toList();
    }

    public BudgetSummary budget() {
        return verdict.budget();
    }

    /** Committed spend as a share of the budget; null without a budget in the production currency. */
    public BigDecimal committedPercent() {
        return percentOfBudget(verdict.budget().committed());
    }

    /** Projected spend (agreed, else quoted) as a share of the budget. */
    public BigDecimal projectedPercent() {
        return percentOfBudget(verdict.budget().projected());
    }

    public boolean hasBudget() {
        Money limit = production.budget();
        return limit != null && limit.sameCurrency(verdict.budget().projected()) && !limit.isZero();
    }

    private BigDecimal percentOfBudget(Money spend) {
        if (!hasBudget()) {
            return null;
        }
        return spend.amount()
                .multiply(BigDecimal.valueOf(100))
                .divide(production.budget().amount(), 1, RoundingMode.HALF_UP);
    }
}
