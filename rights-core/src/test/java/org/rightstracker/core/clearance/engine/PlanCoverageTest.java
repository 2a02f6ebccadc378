package org.rightstracker.core.clearance.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.rightstracker.core.clearance.engine.Facts.PLAN;
import static org.rightstracker.core.clearance.engine.Facts.PLAN_START;
import static org.rightstracker.core.clearance.engine.Facts.codes;
import static org.rightstracker.core.clearance.engine.Facts.composerAgreement;
import static org.rightstracker.core.clearance.engine.Facts.cue;
import static org.rightstracker.core.clearance.engine.Facts.evaluate;
import static org.rightstracker.core.clearance.engine.Facts.master;
import static org.rightstracker.core.clearance.engine.Facts.production;
import static org.rightstracker.core.clearance.engine.Facts.scope;

import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.rightstracker.core.cue.CueOrigin;
import org.rightstracker.core.licence.LicenceStatus;
import org.rightstracker.core.scope.RightsScope;
import org.rightstracker.core.scope.Term;
import org.rightstracker.core.scope.TerritoryScope;

class PlanCoverageTest {

    /** A public-domain composition, so the one master licence alone decides the cue. */
    private static Facts.CueBuilder recordingOwnedBy(Facts.ItemBuilder licence) {
        return cue("3M2", CueOrigin.PUBLIC_DOMAIN)
                .recording()
                .masterOwner(3, "Northlight Records", "100")
                .item(licence);
    }

    static Stream<Arguments> grantsAgainstThePlan() {
        return Stream.of(
                Arguments.of(
                        scope("FESTIVAL", "WORLD", Term.perpetuity(PLAN_START)),
                        ProblemCode.MEDIA_NOT_COVERED,
                        "Master licence from Northlight Records (100.00%) covers Festival only;"
                                + " the release plan needs Theatrical and SVOD."),
                Arguments.of(
                        scope("THEATRICAL", "WORLD", Term.perpetuity(PLAN_START)),
                        ProblemCode.MEDIA_NOT_COVERED,
                        "Master licence from Northlight Records (100.00%) covers Theatrical only;"
                                + " the release plan needs Theatrical and SVOD."),
                Arguments.of(
                        new RightsScope(
                                PLAN.media(), TerritoryScope.parse("WORLD", "CN, RU"), Term.perpetuity(PLAN_START)),
                        ProblemCode.TERRITORY_NOT_COVERED,
                        "Master licence from Northlight Records (100.00%) covers World excluding China and Russia;"
                                + " the release plan also needs China and Russia."),
                Arguments.of(
                        scope("ALL_MEDIA", "WORLD", Term.ofYears(PLAN_START, 5)),
                        ProblemCode.TERM_NOT_COVERED,
                        "Master licence from Northlight Records (100.00%) runs 5 years from 1 January 2026"
                                + " (to 31 December 2030); the release plan needs 10 years from 1 January 2026"
                                + " (to 31 December 2035)."),
                Arguments.of(
                        scope("ALL_MEDIA", "WORLD", Term.perpetuity(PLAN_START.plusMonths(6))),
                        ProblemCode.TERM_NOT_COVERED,
                        "Master licence from Northlight Records (100.00%) runs in perpetuity from 1 July 2026;"
                                + " the release plan needs 10 years from 1 January 2026 (to 31 December 2035)."));
    }

    @ParameterizedTest(name = "{1}")
    @MethodSource("grantsAgainstThePlan")
    void licenceFallingShortOfThePlanIsNamedWithItsGapAndPutsTheCueAtRisk(
            RightsScope granted, ProblemCode code, String message) {
        CueVerdict verdict = evaluate(recordingOwnedBy(
                master(3, "Northlight Records", "100").licensed().granted(granted)));

        assertThat(verdict.problems())
                .filteredOn(problem -> problem.code() == code)
                .singleElement()
                .satisfies(problem -> {
                    assertThat(problem.message()).isEqualTo(message);
                    assertThat(problem.severity()).isEqualTo(Severity.RISK);
                    assertThat(problem.itemId())
                            .isEqualTo(verdict.items().get(0).itemId());
                });
        assertThat(verdict.status()).isEqualTo(CueStatus.AT_RISK);
        assertThat(verdict.items().get(0).coversPlan()).isFalse();
    }

    @Test
    void licenceCoveringFestivalOnlyDoesNotClearTheatricalPlan() {
        CueVerdict verdict = evaluate(recordingOwnedBy(master(3, "Northlight Records", "100")
                .licensed()
                .granted(scope("FESTIVAL", "WORLD", Term.perpetuity(PLAN_START)))));

        assertThat(verdict.status()).isNotEqualTo(CueStatus.CLEARED);
        assertThat(verdict.master().state()).isEqualTo(SideState.IN_PROGRESS);
        assertThat(verdict.master().licensedShare()).isEqualByComparingTo("100");
        assertThat(verdict.master().clearedShare()).isEqualByComparingTo("0");
        assertThat(verdict.nextActions())
                .contains("Extend the master licence from Northlight Records (100.00%) to the full release plan");
    }

    @Test
    void licenceCoveringMoreThanThePlanClearsIt() {
        CueVerdict verdict = evaluate(recordingOwnedBy(master(3, "Northlight Records", "100")
                .licensed()
                .granted(scope("THEATRICAL, SVOD, FREE_TV", "WORLD", Term.ofYears(PLAN_START.minusYears(1), 20)))));

        assertThat(verdict.status()).isEqualTo(CueStatus.CLEARED);
        assertThat(verdict.items().get(0).coversPlan()).isTrue();
        assertThat(verdict.problems()).isEmpty();
    }

    @Test
    void licenceShortOnEveryCountReportsEachGapButAsksForOneExtension() {
        CueVerdict verdict = evaluate(recordingOwnedBy(master(3, "Northlight Records", "100")
                .licensed()
                .granted(scope("FESTIVAL", "GB", Term.ofYears(PLAN_START, 1)))));

        assertThat(codes(verdict))
                .containsExactly(
                        ProblemCode.MEDIA_NOT_COVERED, ProblemCode.TERRITORY_NOT_COVERED, ProblemCode.TERM_NOT_COVERED);
        assertThat(verdict.nextActions()).hasSize(1);
    }

    @Test
    void quoteFallingShortOfThePlanIsSomethingToNegotiateNotARisk() {
        CueVerdict verdict = evaluate(recordingOwnedBy(master(3, "Northlight Records", "100")
                .quoted("4000")
                .granted(scope("FESTIVAL", "WORLD", Term.perpetuity(PLAN_START)))));

        assertThat(verdict.problems())
                .filteredOn(problem -> problem.code() == ProblemCode.MEDIA_NOT_COVERED)
                .singleElement()
                .satisfies(problem -> {
                    assertThat(problem.severity()).isEqualTo(Severity.ACTION);
                    assertThat(problem.message()).startsWith("Master quote from Northlight Records (100.00%) covers");
                });
        assertThat(verdict.status()).isEqualTo(CueStatus.IN_PROGRESS);
        assertThat(verdict.nextActions())
                .contains("Ask Northlight Records (100.00%) to widen the master terms to the full release plan");
    }

    @Test
    void executedLicenceWithoutARecordedScopeCannotClearAndIsAtRisk() {
        CueVerdict verdict = evaluate(recordingOwnedBy(
                master(3, "Northlight Records", "100").licensed().granted(null)));

        assertThat(verdict.status()).isEqualTo(CueStatus.AT_RISK);
        assertThat(verdict.problems())
                .extracting(Problem::message)
                .containsExactly("Master licence from Northlight Records (100.00%) has no media, territories or term"
                        + " recorded, so it cannot be checked against the release plan.");
    }

    @Test
    void partlyRecordedScopeNamesTheMissingParts() {
        CueVerdict verdict = evaluate(recordingOwnedBy(master(3, "Northlight Records", "100")
                .status(LicenceStatus.APPROVED)
                .agreed("500")
                .granted(new RightsScope(PLAN.media(), null, null))));

        assertThat(verdict.problems())
                .filteredOn(problem -> problem.code() == ProblemCode.SCOPE_NOT_RECORDED)
                .extracting(Problem::message, Problem::severity)
                .containsExactly(tuple(
                        "Master licence from Northlight Records (100.00%) has no territories or term recorded,"
                                + " so it cannot be checked against the release plan.",
                        Severity.ACTION));
    }

    @Test
    void quoteWithoutScopeYetIsNotReportedAsAGap() {
        CueVerdict verdict = evaluate(recordingOwnedBy(
                master(3, "Northlight Records", "100").quoted("500").granted(null)));

        assertThat(codes(verdict)).doesNotContain(ProblemCode.SCOPE_NOT_RECORDED);
    }

    @Test
    void composerAgreementWithoutRecordedScopeIsABuyoutCoveringThePlan() {
        CueVerdict verdict = evaluate(cue("1M1", CueOrigin.SCORE)
                .writer(9, "Jane Composer", "100")
                .item(composerAgreement(9, "Jane Composer").licensed().granted(null)));

        assertThat(verdict.status()).isEqualTo(CueStatus.CLEARED);
        assertThat(verdict.items().get(0).coversPlan()).isTrue();
    }

    @Test
    void composerAgreementWithARecordedScopeIsHeldToIt() {
        CueVerdict verdict = evaluate(cue("1M1", CueOrigin.SCORE)
                .writer(9, "Jane Composer", "100")
                .item(composerAgreement(9, "Jane Composer")
                        .licensed()
                        .granted(scope("FESTIVAL", "WORLD", Term.perpetuity(PLAN_START)))));

        assertThat(verdict.status()).isEqualTo(CueStatus.AT_RISK);
        assertThat(verdict.problems())
                .extracting(Problem::message)
                .containsExactly("Composer agreement with Jane Composer covers Festival only;"
                        + " the release plan needs Theatrical and SVOD.");
    }

    @Test
    void withoutAReleasePlanEvenAFullyLicensedCueIsNotCleared() {
        CueVerdict verdict = evaluate(
                recordingOwnedBy(master(3, "Northlight Records", "100").licensed()),
                production().plan(null));

        assertThat(verdict.status()).isEqualTo(CueStatus.IN_PROGRESS);
        assertThat(verdict.master().state()).isEqualTo(SideState.IN_PROGRESS);
        assertThat(verdict.items().get(0).coversPlan()).isFalse();
        assertThat(codes(verdict)).containsExactly(ProblemCode.NO_RELEASE_PLAN);
        assertThat(verdict.nextActions())
                .containsExactly("Record the release plan (media, territories and term) of the production");
    }

    @Test
    void planWithoutTerritoriesCountsAsNoPlan() {
        CueVerdict verdict = evaluate(
                recordingOwnedBy(master(3, "Northlight Records", "100").licensed()),
                production().plan(new RightsScope(PLAN.media(), null, PLAN.term())));

        assertThat(verdict.status()).isNotEqualTo(CueStatus.CLEARED);
        assertThat(codes(verdict)).contains(ProblemCode.NO_RELEASE_PLAN);
    }
}
