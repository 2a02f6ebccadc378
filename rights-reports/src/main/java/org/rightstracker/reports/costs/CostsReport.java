package org.rightstracker.reports.costs;

import java.math.BigDecimal;
import java.util.List;
import org.rightstracker.core.clearance.engine.BudgetSummary;
import org.rightstracker.core.shared.Money;
import org.rightstracker.reports.render.ProductionHeading;

/**
 * Money for a production's music: budget against quoted, committed and projected, per cue and per
 * licensor, and every MFN raise with the fee before and after. Amounts are in the production currency;
 * fees in other currencies are listed apart in {@link BudgetSummary#otherCurrencies()}, never converted.
 *
 * @param budgetLimit the music budget; null when none is set
 */
public record CostsReport(
        ProductionHeading production,
        Money budgetLimit,
        BudgetSummary budget,
        List<Bar> overview,
        List<CueCost> cues,
        List<LicensorCost> licensors,
        List<MfnAdjustment> mfn) {

    public CostsReport {
        overview = List.copyOf(overview);
        cues = List.copyOf(cues);
        licensors = List.copyOf(licensors);
        mfn = List.copyOf(mfn);
    }

    /**
     * A bar of the chart, already scaled: {@code width} and {@code committedWidth} are in SVG units out of
     * {@link #CHART_WIDTH}, so the template only draws.
     *
     * @param colour "#rrggbb" of the bar; the committed part is always drawn in {@link #COMMITTED_COLOUR}
     */
    public record Bar(String label, Money amount, int width, int committedWidth, String colour) {}

    public static final String COMMITTED_COLOUR = "#16324f";
    static final String PROJECTED_COLOUR = "#6f9bd1";
    static final String QUOTED_COLOUR = "#c3d4ec";
    static final String BUDGET_COLOUR = "#9aa3af";

    public static final int CHART_WIDTH = 400;

    public record CueCost(
            int sequence,
            String number,
            String title,
            String status,
            Money quoted,
            Money committed,
            Money projected,
            Money mfnUplift,
            int unpricedItems) {

        /** Nothing of the cue has a fee yet: its amounts read "—", not 0.00. */
        public boolean notPriced() {
            return unpricedItems > 0 && projected.isZero() && quoted.isZero();
        }
    }

    /**
     * @param unpricedItems items with no fee yet (in {@code items}, not in the sums)
     * @param bar the licensor's projected spend (and committed part) on the same scale as its peers
     */
    public record LicensorCost(
            String party,
            int items,
            int unpricedItems,
            Money quoted,
            Money committed,
            Money projected,
            Money mfnUplift,
            Bar bar) {

        /** Nothing from this licensor has a fee yet: its amounts read "—", not 0.00. */
        public boolean notPriced() {
            return unpricedItems == items && projected.isZero() && quoted.isZero();
        }
    }

    /**
     * One fee raised by MFN.
     *
     * @param share the share it licenses, e.g. "50.00%"
     */
    public record MfnAdjustment(
            String cueNumber,
            String cueTitle,
            String party,
            String side,
            String share,
            Money before,
            Money after,
            Money uplift) {}

    /** Sum of every raise; equals the budget's MFN exposure. */
    public Money mfnTotal() {
        return mfn.stream().map(MfnAdjustment::uplift).reduce(Money.zero(budget.currency()), Money::plus);
    }

    static int scaled(BigDecimal value, BigDecimal max) {
        if (max.signum() == 0 || value.signum() <= 0) {
            return 0;
        }
        return Math.max(
                1,
                value.multiply(BigDecimal.valueOf(CHART_WIDTH))
                        .divide(max, 0, java.math.RoundingMode.HALF_UP)
                        .intValue());
    }
}
