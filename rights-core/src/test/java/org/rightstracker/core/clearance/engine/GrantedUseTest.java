package org.rightstracker.core.clearance.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.rightstracker.core.clearance.engine.Facts.codes;
import static org.rightstracker.core.clearance.engine.Facts.cue;
import static org.rightstracker.core.clearance.engine.Facts.evaluate;
import static org.rightstracker.core.clearance.engine.Facts.master;
import static org.rightstracker.core.clearance.engine.Facts.messages;
import static org.rightstracker.core.clearance.engine.Facts.sync;

import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.rightstracker.core.cue.CueOrigin;
import org.rightstracker.core.cue.CueUsage;
import org.rightstracker.core.licence.GrantedUse;

class GrantedUseTest {

    private static final GrantedUse BI_UP_TO_30 = new GrantedUse(Set.of(CueUsage.BI), 30, "Diner, night");

    /** A soundtrack cue with both sides licensed, the sync licence granting {@code use}. */
    private static CueVerdict licensedFor(GrantedUse use, CueUsage usage, Integer seconds) {
        return evaluate(cue("1M1", CueOrigin.SOUNDTRACK)
                .usage(usage, seconds)
                .publisher(1, "Publisher A", "100")
                .masterOwner(3, "Label L", "100")
                .item(sync(1, "Publisher A", "100").licensed().use(use))
                .item(master(3, "Label L", "100").licensed()));
    }

    @ParameterizedTest(name = "{0} for {1}s against BI up to 0:30: cleared {2}")
    @CsvSource({
        "BI, 10, true", // usage allowed, duration under
        "BI, 30, true", // usage allowed, duration at the maximum
        "BI, 31, false", // usage allowed, duration over
        "VV, 10, false", // usage not allowed, duration under
        "VV, 30, false", // usage not allowed, duration at
        "VV, 45, false", // usage not allowed, duration over
    })
    void aLicenceClearsOnlyTheUseItGrants(CueUsage usage, int seconds, boolean cleared) {
        CueVerdict verdict = licensedFor(BI_UP_TO_30, usage, seconds);

        assertThat(verdict.status() == CueStatus.CLEARED).isEqualTo(cleared);
        assertThat(codes(verdict).contains(ProblemCode.USE_NOT_GRANTED)).isEqualTo(!cleared);
        assertThat(verdict.sync().state()).isEqualTo(cleared ? SideState.CLEARED : SideState.IN_PROGRESS);
        assertThat(verdict.items().get(0).coversPlan()).isEqualTo(cleared);
    }

    @Test
    void theProblemSaysInPlainWordsWhatWasLicensedAndHowTheCutUsesIt() {
        CueVerdict verdict = licensedFor(BI_UP_TO_30, CueUsage.VV, 45);

        assertThat(verdict.status()).isEqualTo(CueStatus.AT_RISK);
        assertThat(messages(verdict))
                .containsExactly("Sync licence from Publisher A (100.00%) is licensed for background instrumental"
                        + " up to 0:30; the cut uses it as visual vocal for 0:45.");
        assertThat(verdict.nextActions())
                .containsExactly("Amend the sync licence from Publisher A (100.00%) to cover the use in the cut");
        assertThat(verdict.problems().get(0).severity()).isEqualTo(Severity.RISK);
    }

    @Test
    void aLongerUseOfAnAllowedUsageNamesTheDuration() {
        CueVerdict verdict = licensedFor(new GrantedUse(Set.of(CueUsage.BI, CueUsage.BV), 30, null), CueUsage.BI, 75);

        assertThat(messages(verdict))
                .containsExactly("Sync licence from Publisher A (100.00%) is licensed for background instrumental"
                        + " or background vocal up to 0:30; the cut uses it as background instrumental for 1:15.");
    }

    @Test
    void anyUsageUpToAMaximumIsCheckedOnDurationAlone() {
        GrantedUse anyUpToAMinute = new GrantedUse(Set.of(), 60, null);

        assertThat(licensedFor(anyUpToAMinute, CueUsage.VV, 60).status()).isEqualTo(CueStatus.CLEARED);
        assertThat(messages(licensedFor(anyUpToAMinute, CueUsage.VV, 61)))
                .containsExactly("Sync licence from Publisher A (100.00%) is licensed for any use up to 1:00;"
                        + " the cut uses it as visual vocal for 1:01.");
    }

    @Test
    void usagesWithoutAMaximumAllowAnyLength() {
        GrantedUse mainTitle = new GrantedUse(Set.of(CueUsage.MT), null, null);

        assertThat(licensedFor(mainTitle, CueUsage.MT, 3600).status()).isEqualTo(CueStatus.CLEARED);
        assertThat(messages(licensedFor(mainTitle, CueUsage.ET, 20)))
                .containsExactly("Sync licence from Publisher A (100.00%) is licensed for main title;"
                        + " the cut uses it as end title for 0:20.");
    }

    @Test
    void anEmptyGrantRestrictsNothingSoExistingLicencesStayCleared() {
        CueVerdict verdict = licensedFor(GrantedUse.ANY, CueUsage.VV, 5000);

        assertThat(verdict.status()).isEqualTo(CueStatus.CLEARED);
        assertThat(verdict.problems()).isEmpty();
    }

    @Test
    void aCueNotYetTimedCannotBeShownToFitAMaximumDuration() {
        CueVerdict verdict = licensedFor(BI_UP_TO_30, CueUsage.BI, null);

        assertThat(verdict.status()).isNotEqualTo(CueStatus.CLEARED);
        assertThat(messages(verdict))
                .containsExactly("Sync licence from Publisher A (100.00%) is licensed for background instrumental"
                        + " up to 0:30; the cue has no duration yet, so it cannot be checked against the 0:30"
                        + " allowed.");
    }

    @Test
    void aQuoteForTooNarrowAUseIsSomethingToNegotiateNotARisk() {
        CueVerdict verdict = evaluate(cue("1M1", CueOrigin.SOUNDTRACK)
                .usage(CueUsage.VV, 45)
                .publisher(1, "Publisher A", "100")
                .masterOwner(3, "Label L", "100")
                .item(sync(1, "Publisher A", "100").quoted("2000").use(BI_UP_TO_30))
                .item(master(3, "Label L", "100").licensed()));

        Problem use = verdict.problems().stream()
                .filter(p -> p.code() == ProblemCode.USE_NOT_GRANTED)
                .findFirst()
                .orElseThrow();
        assertThat(use.severity()).isEqualTo(Severity.ACTION);
        assertThat(use.message())
                .isEqualTo("Sync quote from Publisher A (100.00%) is for background instrumental up to 0:30;"
                        + " the cut uses it as visual vocal for 0:45.");
        assertThat(verdict.nextActions()).contains("Ask Publisher A (100.00%) to quote for the use in the cut");
    }

    @Test
    void theMasterLicenceIsCheckedToo() {
        CueVerdict verdict = evaluate(cue("1M1", CueOrigin.SOUNDTRACK)
                .usage(CueUsage.BV, 40)
                .publisher(1, "Publisher A", "100")
                .masterOwner(3, "Label L", "100")
                .item(sync(1, "Publisher A", "100").licensed())
                .item(master(3, "Label L", "100").licensed().use(BI_UP_TO_30)));

        assertThat(verdict.master().state()).isEqualTo(SideState.IN_PROGRESS);
        assertThat(verdict.sync().state()).isEqualTo(SideState.CLEARED);
        assertThat(messages(verdict))
                .containsExactly("Master licence from Label L (100.00%) is licensed for background instrumental"
                        + " up to 0:30; the cut uses it as background vocal for 0:40.");
    }

    @Test
    void anExecutedAmendmentGrantingTheWiderUseClearsTheCue() {
        // The loader hands the engine the licence in force: once executed, the amendment with the wider use.
        GrantedUse amended = new GrantedUse(Set.of(CueUsage.BI, CueUsage.VV), 60, null);

        assertThat(licensedFor(amended, CueUsage.VV, 45).status()).isEqualTo(CueStatus.CLEARED);
    }
}
