package org.rightstracker.core.clearance.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.rightstracker.core.clearance.engine.Facts.EUR;
import static org.rightstracker.core.clearance.engine.Facts.TODAY;
import static org.rightstracker.core.clearance.engine.Facts.codes;
import static org.rightstracker.core.clearance.engine.Facts.eur;
import static org.rightstracker.core.clearance.engine.Facts.evaluate;
import static org.rightstracker.core.clearance.engine.Facts.master;
import static org.rightstracker.core.clearance.engine.Facts.splitSoundtrack;
import static org.rightstracker.core.clearance.engine.Facts.sync;
import static org.rightstracker.core.clearance.engine.Facts.usd;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.rightstracker.core.licence.LicenceStatus;

class BudgetTest {

    @Test
    void workedExampleCostsThirtyThousandAllInWithFiftyFiveHundredOfMfnExposure() {
        CueVerdict verdict = evaluate(splitSoundtrack()
                .item(sync(1, "Publisher A", "50").quoted("5000").mfn())
                .item(sync(2, "Publisher B", "50").quoted("7500").mfn())
                .item(master(3, "Label L", "100").quoted("12000").mfn()));

        assertThat(verdict.items())
                .extracting(ItemVerdict::effectiveFee)
                .containsExactly(usd("7500"), usd("7500"), usd("15000"));
        assertThat(verdict.items())
                .extracting(ItemVerdict::mfnUplift)
                .containsExactly(usd("2500"), usd("0"), usd("3000"));
        BudgetSummary budget = verdict.budget();
        assertThat(budget.quoted()).isEqualTo(usd("24500"));
        assertThat(budget.projected()).isEqualTo(usd("30000"));
        assertThat(budget.mfnExposure()).isEqualTo(usd("5500"));
        assertThat(budget.committed()).isEqualTo(usd("0"));
        assertThat(budget.remaining()).isNull();
        assertThat(codes(verdict)).contains(ProblemCode.MFN_UPLIFT);
        assertThat(verdict.problems())
                .extracting(Problem::message)
                .contains("MFN raises the fee of Publisher A (50.00%) from USD 5,000.00 to USD 7,500.00.");
    }

    @Test
    void labelWaivingMfnBringsTheCueToTwentySevenThousand() {
        CueVerdict verdict = evaluate(splitSoundtrack()
                .item(sync(1, "Publisher A", "50").quoted("5000").mfn())
                .item(sync(2, "Publisher B", "50").quoted("7500").mfn())
                .item(master(3, "Label L", "100").quoted("12000").mfnWaived()));

        assertThat(verdict.budget().projected()).isEqualTo(usd("27000"));
        assertThat(verdict.budget().mfnExposure()).isEqualTo(usd("2500"));
    }

    @Test
    void withoutMfnTheCueCostsWhatWasQuoted() {
        CueVerdict verdict = evaluate(splitSoundtrack()
                .item(sync(1, "Publisher A", "50").quoted("5000"))
                .item(sync(2, "Publisher B", "50").quoted("7500"))
                .item(master(3, "Label L", "100").quoted("12000")));

        assertThat(verdict.budget().projected()).isEqualTo(usd("24500"));
        assertThat(verdict.budget().mfnExposure()).isEqualTo(usd("0"));
    }

    @Test
    void committedCountsApprovedAndLicensedDealsAtTheirEffectiveFeePlusExercisedOptions() {
        CueVerdict verdict = evaluate(splitSoundtrack()
                .item(sync(1, "Publisher A", "50")
                        .quoted("6000")
                        .agreed("5000")
                        .licensed()
                        .mfn())
                .item(sync(2, "Publisher B", "50")
                        .status(LicenceStatus.APPROVED)
                        .quoted("7500"))
                .item(master(3, "Label L", "100")
                        .quoted("12000")
                        .option("Soundtrack album", usd("2000"), TODAY.plusDays(90), true)
                        .option("Trailer", usd("9999"), TODAY.plusDays(90), false)));

        BudgetSummary budget = verdict.budget();
        // A is raised from its agreed 5,000 to B's 7,500 basis; the label is only quoted.
        assertThat(budget.committed()).isEqualTo(usd("17000"));
        assertThat(budget.projected()).isEqualTo(usd("29000"));
        assertThat(budget.quoted()).isEqualTo(usd("25500"));
    }

    @Test
    void deniedAndWithdrawnFeesAreNotSpent() {
        CueVerdict verdict = evaluate(splitSoundtrack()
                .item(sync(1, "Publisher A", "50").quoted("5000").status(LicenceStatus.DENIED))
                .item(sync(2, "Publisher B", "50").quoted("7500").status(LicenceStatus.WITHDRAWN))
                .item(master(3, "Label L", "100").quoted("12000")));

        assertThat(verdict.budget().quoted()).isEqualTo(usd("12000"));
        assertThat(verdict.budget().projected()).isEqualTo(usd("12000"));
    }

    @Test
    void itemsStillInPlayWithoutAFeeAreCountedAsUnpriced() {
        CueVerdict verdict = evaluate(splitSoundtrack()
                .item(sync(1, "Publisher A", "50").status(LicenceStatus.REQUESTED))
                .item(sync(2, "Publisher B", "50").status(LicenceStatus.QUOTED))
                .item(master(3, "Label L", "100").quoted("12000")));

        assertThat(verdict.budget().unpricedItems()).isEqualTo(2);
        assertThat(verdict.problems())
                .filteredOn(problem -> problem.code() == ProblemCode.NO_FEE)
                .extracting(Problem::message)
                .containsExactly("Sync licence from Publisher B (50.00%) has no fee recorded although it is quoted.");
    }

    @Test
    void feesInAnotherCurrencyAreReportedApartAndNeverAddedOrUsedForMfn() {
        CueVerdict verdict = evaluate(splitSoundtrack()
                .item(sync(1, "Publisher A", "50").quoted("5000").mfn())
                .item(sync(2, "Publisher B", "50").quoted(eur("40000")))
                .item(master(3, "Label L", "100")
                        .quoted(eur("8000"))
                        .option("Soundtrack album", eur("500"), TODAY.plusDays(90), true)));

        BudgetSummary budget = verdict.budget();
        assertThat(budget.quoted()).isEqualTo(usd("5000"));
        assertThat(budget.projected()).isEqualTo(usd("5000"));
        assertThat(budget.mfnExposure()).isEqualTo(usd("0"));
        assertThat(budget.otherCurrencies()).isEqualTo(Map.of(EUR, eur("48500")));
        assertThat(verdict.problems())
                .filteredOn(problem -> problem.code() == ProblemCode.FEE_IN_OTHER_CURRENCY)
                .extracting(Problem::message)
                .contains("Fee from Publisher B (50.00%) is EUR 40,000.00;"
                        + " it is kept out of the USD budget totals and MFN.");
    }

    @Test
    void productionOverItsBudgetShowsTheNegativeRemainderAndARisk() {
        ProductionVerdict verdict = new ClearanceEngine(TODAY)
                .evaluate(Facts.production()
                        .budget(usd("25000"))
                        .cue(splitSoundtrack()
                                .item(sync(1, "Publisher A", "50")
                                        .quoted("5000")
                                        .mfn())
                                .item(sync(2, "Publisher B", "50")
                                        .quoted("7500")
                                        .mfn())
                                .item(master(3, "Label L", "100")
                                        .quoted("12000")
                                        .mfn()))
                        .build());

        BudgetSummary budget = verdict.budget();
        assertThat(budget.projected()).isEqualTo(usd("30000"));
        assertThat(budget.remaining()).isEqualTo(usd("25000").minus(usd("30000")));
        assertThat(budget.overBudget()).isTrue();
        assertThat(verdict.problems())
                .extracting(Problem::code, Problem::message)
                .containsExactly(tuple(
                        ProblemCode.OVER_BUDGET,
                        "Projected music spend of USD 30,000.00 exceeds the budget of USD 25,000.00 by USD 5,000.00."));
    }

    @Test
    void productionWithinBudgetShowsWhatRemains() {
        ProductionVerdict verdict = new ClearanceEngine(TODAY)
                .evaluate(Facts.production()
                        .budget(usd("50000"))
                        .cue(splitSoundtrack().item(master(3, "Label L", "100").quoted("12000")))
                        .build());

        assertThat(verdict.budget().remaining()).isEqualTo(usd("38000"));
        assertThat(verdict.budget().overBudget()).isFalse();
    }

    @Test
    void productionWithoutABudgetHasNoRemainder() {
        ProductionVerdict verdict = new ClearanceEngine(TODAY)
                .evaluate(Facts.production()
                        .cue(splitSoundtrack().item(master(3, "Label L", "100").quoted("12000")))
                        .build());

        assertThat(verdict.budget().remaining()).isNull();
        assertThat(verdict.budget().overBudget()).isFalse();
    }

    @Test
    void budgetInAnotherCurrencyIsNotComparedWithUsdSpend() {
        ProductionVerdict verdict = new ClearanceEngine(TODAY)
                .evaluate(Facts.production()
                        .budget(eur("1000"))
                        .cue(splitSoundtrack().item(master(3, "Label L", "100").quoted("12000")))
                        .build());

        assertThat(verdict.budget().remaining()).isNull();
        assertThat(verdict.problems()).extracting(Problem::code).containsExactly(ProblemCode.BUDGET_IN_OTHER_CURRENCY);
    }
}
