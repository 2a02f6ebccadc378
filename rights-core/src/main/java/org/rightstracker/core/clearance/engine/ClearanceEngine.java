package org.rightstracker.core.clearance.engine;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.rightstracker.core.cue.CueOrigin;
import org.rightstracker.core.shared.Money;

/**
 * Says, for every cue and for the production as a whole, what is cleared, what is missing and why:
 * side by side and share by share against the release plan, with MFN applied and the budget totalled.
 * Plain values in, plain values out; the same facts and the same day always give the same verdict.
 */
public final class ClearanceEngine {

    /** Quotes and option deadlines this close are flagged, giving a supervisor a month to act. */
    public static final int DEFAULT_AT_RISK_DAYS = 30;

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private final LocalDate today;
    private final int atRiskDays;

    public ClearanceEngine(LocalDate today) {
        this(today, DEFAULT_AT_RISK_DAYS);
    }

    /** @param atRiskDays how many days ahead an expiring quote or option deadline makes a cue at risk */
    public ClearanceEngine(LocalDate today, int atRiskDays) {
        this.today = Objects.requireNonNull(today, "today");
        if (atRiskDays < 0) {
            throw new IllegalArgumentException("atRiskDays must be zero or more, was " + atRiskDays);
        }
        this.atRiskDays = atRiskDays;
    }

    /** One cue on its own, against the production's plan, studio ownership and currency. */
    public CueVerdict evaluate(CueFacts cue, ProductionFacts production) {
        return new CueAssessment(today, atRiskDays, production).evaluate(cue);
    }

    /**
     * Every cue, and the production totals. Inactive cues get a verdict but count for nothing: they
     * are out of the cut, so neither their status nor their fees belong in the production figures.
     */
    public ProductionVerdict evaluate(ProductionFacts production) {
        return evaluate(production, Map.of());
    }

    /**
     * As {@link #evaluate(ProductionFacts)}, taking the verdict of a cue from {@code known} instead of
     * evaluating it again: for a caller that keeps verdicts of cues whose facts have not changed since, on
     * this same day. A cue's verdict depends only on its own facts and the production's plan, currency and
     * score ownership, unless a licence reaching beyond its cue is in play; so {@code known} is ignored
     * when the production has any such licence, and every cue is evaluated.
     */
    public ProductionVerdict evaluate(ProductionFacts production, Map<Long, CueVerdict> known) {
        Map<Long, CueVerdict> reused = production.rangeLicences().isEmpty() ? known : Map.of();
        CueAssessment assessment = new CueAssessment(today, atRiskDays, production);
        List<CueVerdict> cues = new ArrayList<>();
        Map<CueStatus, Integer> byStatus = zeroCounts(CueStatus.class);
        Map<CueOrigin, Integer> byOrigin = zeroCounts(CueOrigin.class);
        BudgetTally tally = new BudgetTally(production.currency());
        int active = 0;
        for (CueFacts cue : production.cues()) {
            CueVerdict kept = reused.get(cue.id());
            CueVerdict verdict = kept != null ? kept : assessment.evaluate(cue);
            cues.add(verdict);
            if (cue.active()) {
                active++;
                byStatus.merge(verdict.status(), 1, Integer::sum);
                byOrigin.merge(cue.origin(), 1, Integer::sum);
                tally.addSummary(verdict.budget());
            }
        }
        for (ItemFacts licence : assessment.rangeLicencesStoredHere()) {
            tally.addRangeLicence(licence);
        }
        int cleared = byStatus.get(CueStatus.CLEARED);
        BudgetSummary budget = tally.summary(production.budget());
        return new ProductionVerdict(
                production.id(),
                active > 0 && cleared == active,
                byStatus,
                byOrigin,
                active,
                cleared,
                percent(cleared, active),
                budget,
                productionProblems(production, active, budget),
                cues);
    }

    private static List<Problem> productionProblems(ProductionFacts production, int activeCues, BudgetSummary budget) {
        Findings findings = new Findings();
        if (production.releasePlan() == null || !production.releasePlan().isComplete()) {
            findings.add(
                    Problem.about(
                            ProblemCode.NO_RELEASE_PLAN,
                            Severity.ACTION,
                            "The production has no complete release plan (media, territories and term),"
                                    + " so no cue can be cleared."),
                    null);
        }
        if (activeCues == 0) {
            findings.add(
                    Problem.about(ProblemCode.NO_ACTIVE_CUES, Severity.INFO, "The production has no active cues yet."),
                    null);
        }
        Money limit = production.budget();
        if (limit != null && !limit.currency().equals(production.currency())) {
            findings.add(
                    Problem.about(
                            ProblemCode.BUDGET_IN_OTHER_CURRENCY,
                            Severity.INFO,
                            "The music budget is in " + limit.currency().getCurrencyCode()
                                    + " but fees are totalled in "
                                    + production.currency().getCurrencyCode()
                                    + ", so the remaining budget cannot be worked out."),
                    null);
        }
        if (budget.overBudget()) {
            findings.add(
                    Problem.about(
                            ProblemCode.OVER_BUDGET,
                            Severity.RISK,
                            "Projected music spend of " + budget.projected().formatted() + " exceeds the budget of "
                                    + limit.formatted() + " by "
                                    + budget.projected().minus(limit).formatted() + "."),
                    null);
        }
        return findings.problems();
    }

    private static BigDecimal percent(int part, int whole) {
        if (whole == 0) {
            return BigDecimal.ZERO.setScale(1);
        }
        return BigDecimal.valueOf(part).multiply(HUNDRED).divide(BigDecimal.valueOf(whole), 1, RoundingMode.HALF_UP);
    }

    private static <E extends Enum<E>> Map<E, Integer> zeroCounts(Class<E> type) {
        Map<E, Integer> counts = new EnumMap<>(type);
        for (E value : type.getEnumConstants()) {
            counts.put(value, 0);
        }
        return counts;
    }
}
