package org.rightstracker.core.clearance.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.rightstracker.core.clearance.engine.Facts.TODAY;
import static org.rightstracker.core.clearance.engine.Facts.codes;
import static org.rightstracker.core.clearance.engine.Facts.master;
import static org.rightstracker.core.clearance.engine.Facts.production;
import static org.rightstracker.core.clearance.engine.Facts.splitSoundtrack;
import static org.rightstracker.core.clearance.engine.Facts.sync;
import static org.rightstracker.core.clearance.engine.Facts.usd;

import java.time.LocalDate;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.rightstracker.core.licence.LicenceStatus;

/** Quotes and options are judged against the engine's today: 26 November 2026 in these tests. */
class DeadlineTest {

    private static Facts.CueBuilder withLabel(Facts.ItemBuilder label) {
        return splitSoundtrack()
                .item(sync(1, "Publisher A", "50").licensed())
                .item(sync(2, "Publisher B", "50").licensed())
                .item(label);
    }

    static Stream<Arguments> quoteExpiries() {
        return Stream.of(
                Arguments.of(
                        7, ProblemCode.QUOTE_EXPIRING, "Quote from Label L expires on 3 December 2026 (in 7 days)."),
                Arguments.of(
                        30, ProblemCode.QUOTE_EXPIRING, "Quote from Label L expires on 26 December 2026 (in 30 days)."),
                Arguments.of(
                        1, ProblemCode.QUOTE_EXPIRING, "Quote from Label L expires on 27 November 2026 (in 1 day)."),
                Arguments.of(0, ProblemCode.QUOTE_EXPIRING, "Quote from Label L expires on 26 November 2026 (today)."),
                Arguments.of(
                        -5, ProblemCode.QUOTE_EXPIRED, "Quote from Label L expired on 21 November 2026 (5 days ago)."));
    }

    @ParameterizedTest(name = "in {0} days")
    @MethodSource("quoteExpiries")
    void quoteExpiringWithinThirtyDaysOrAlreadyExpiredPutsTheCueAtRisk(
            int daysAhead, ProblemCode code, String message) {
        CueVerdict verdict = Facts.evaluate(
                withLabel(master(3, "Label L", "100").quoted("12000").quoteExpires(TODAY.plusDays(daysAhead))));

        assertThat(verdict.status()).isEqualTo(CueStatus.AT_RISK);
        assertThat(verdict.problems()).first().satisfies(problem -> {
            assertThat(problem.code()).isEqualTo(code);
            assertThat(problem.severity()).isEqualTo(Severity.RISK);
            assertThat(problem.message()).isEqualTo(message);
        });
    }

    @Test
    void quoteExpiringAfterTheWindowIsNotYetARisk() {
        CueVerdict verdict = Facts.evaluate(
                withLabel(master(3, "Label L", "100").quoted("12000").quoteExpires(TODAY.plusDays(31))));

        assertThat(verdict.status()).isEqualTo(CueStatus.IN_PROGRESS);
        assertThat(codes(verdict)).doesNotContain(ProblemCode.QUOTE_EXPIRING);
    }

    @Test
    void widerWindowCatchesQuotesFurtherAhead() {
        CueFacts cue = withLabel(master(3, "Label L", "100").quoted("12000").quoteExpires(TODAY.plusDays(45)))
                .build();

        CueVerdict verdict =
                new ClearanceEngine(TODAY, 60).evaluate(cue, production().build());

        assertThat(verdict.status()).isEqualTo(CueStatus.AT_RISK);
    }

    @Test
    void expiringQuoteAsksForApprovalBeforeTheDate() {
        CueVerdict verdict = Facts.evaluate(
                withLabel(master(3, "Label L", "100").quoted("12000").quoteExpires(TODAY.plusDays(7))));

        assertThat(verdict.nextActions())
                .first()
                .isEqualTo("Approve the master quote from Label L before 3 December 2026, or ask for an extension");
    }

    @Test
    void approvedDealNoLongerDependsOnItsQuoteExpiry() {
        CueVerdict verdict = Facts.evaluate(withLabel(master(3, "Label L", "100")
                .status(LicenceStatus.APPROVED)
                .agreed("12000")
                .quoteExpires(TODAY.minusDays(10))));

        assertThat(verdict.status()).isEqualTo(CueStatus.IN_PROGRESS);
        assertThat(codes(verdict)).doesNotContain(ProblemCode.QUOTE_EXPIRED);
    }

    @Test
    void unexercisedOptionWithADeadlineInsideTheWindowPutsTheCueAtRisk() {
        LocalDate deadline = TODAY.plusDays(10);
        CueVerdict verdict = Facts.evaluate(withLabel(master(3, "Label L", "100")
                .status(LicenceStatus.APPROVED)
                .agreed("12000")
                .option("Soundtrack album", usd("3000"), deadline, false)));

        assertThat(verdict.status()).isEqualTo(CueStatus.AT_RISK);
        assertThat(verdict.problems())
                .first()
                .extracting(Problem::code, Problem::message)
                .containsExactly(
                        ProblemCode.OPTION_DEADLINE,
                        "Option \"Soundtrack album\" from Label L must be exercised by 6 December 2026 (in 10 days).");
        assertThat(verdict.nextActions())
                .first()
                .isEqualTo("Decide whether to exercise option \"Soundtrack album\" from Label L by 6 December 2026");
    }

    @Test
    void exercisedOptionHasNoDeadlineToWatch() {
        CueVerdict verdict = Facts.evaluate(withLabel(master(3, "Label L", "100")
                .status(LicenceStatus.APPROVED)
                .agreed("12000")
                .option("Soundtrack album", usd("3000"), TODAY.plusDays(10), true)));

        assertThat(verdict.status()).isEqualTo(CueStatus.IN_PROGRESS);
        assertThat(codes(verdict)).doesNotContain(ProblemCode.OPTION_DEADLINE);
    }

    @Test
    void lapsedOptionIsNotedButNoLongerARisk() {
        CueVerdict verdict = Facts.evaluate(withLabel(master(3, "Label L", "100")
                .status(LicenceStatus.APPROVED)
                .agreed("12000")
                .option("Trailer use", usd("1500"), TODAY.minusDays(2), false)));

        assertThat(verdict.status()).isEqualTo(CueStatus.IN_PROGRESS);
        assertThat(verdict.problems())
                .filteredOn(problem -> problem.code() == ProblemCode.OPTION_LAPSED)
                .extracting(Problem::severity, Problem::message)
                .containsExactly(tuple(
                        Severity.INFO, "Option \"Trailer use\" from Label L lapsed unexercised on 24 November 2026."));
    }

    @Test
    void optionDeadlineOnADeniedItemIsIgnored() {
        CueVerdict verdict = Facts.evaluate(splitSoundtrack()
                .item(sync(1, "Publisher A", "50").licensed())
                .item(sync(2, "Publisher B", "50").licensed())
                .item(master(3, "Label L", "100").quoted("1").quoteExpires(TODAY.plusDays(60)))
                .item(master(4, "Label L", "100")
                        .status(LicenceStatus.DENIED)
                        .option("Soundtrack album", usd("3000"), TODAY.plusDays(5), false)));

        assertThat(codes(verdict)).doesNotContain(ProblemCode.OPTION_DEADLINE);
        assertThat(verdict.status()).isEqualTo(CueStatus.IN_PROGRESS);
    }
}
