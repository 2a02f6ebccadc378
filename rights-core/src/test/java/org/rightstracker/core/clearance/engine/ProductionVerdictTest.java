package org.rightstracker.core.clearance.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;
import static org.rightstracker.core.clearance.engine.Facts.TODAY;
import static org.rightstracker.core.clearance.engine.Facts.composerAgreement;
import static org.rightstracker.core.clearance.engine.Facts.cue;
import static org.rightstracker.core.clearance.engine.Facts.master;
import static org.rightstracker.core.clearance.engine.Facts.production;
import static org.rightstracker.core.clearance.engine.Facts.splitSoundtrack;
import static org.rightstracker.core.clearance.engine.Facts.sync;
import static org.rightstracker.core.clearance.engine.Facts.usd;

import org.junit.jupiter.api.Test;
import org.rightstracker.core.cue.CueOrigin;
import org.rightstracker.core.licence.LicenceStatus;

class ProductionVerdictTest {

    private final ClearanceEngine engine = new ClearanceEngine(TODAY);

    private static Facts.CueBuilder clearedScore(String number) {
        return cue(number, CueOrigin.SCORE)
                .writer(9, "Jane Composer", "100")
                .item(composerAgreement(9, "Jane Composer").licensed());
    }

    private static Facts.CueBuilder clearedSong(String number) {
        return splitSoundtrack()
                .title("Song " + number)
                .item(sync(1, "Publisher A", "50").licensed())
                .item(sync(2, "Publisher B", "50").licensed())
                .item(master(3, "Label L", "100").licensed());
    }

    @Test
    void countsEveryStatusAndWorksOutTheClearedPercentage() {
        ProductionVerdict verdict = engine.evaluate(production()
                .cue(clearedScore("1M1"))
                .cue(clearedScore("1M2"))
                .cue(clearedScore("1M3"))
                .cue(clearedSong("2M1"))
                .cue(clearedSong("2M2"))
                .cue(cue("3M1", CueOrigin.SCORE)) // no composer: blocked
                .cue(splitSoundtrack().item(sync(1, "Publisher A", "50").status(LicenceStatus.REQUESTED)))
                .cue(splitSoundtrack()) // nothing asked yet
                .cue(cue("9M9", CueOrigin.SCORE).inactive()) // out of the cut: counts for nothing
                .build());

        assertThat(verdict.activeCues()).isEqualTo(8);
        assertThat(verdict.clearedCues()).isEqualTo(5);
        assertThat(verdict.percentCleared()).isEqualByComparingTo("62.5");
        assertThat(verdict.percentCleared().scale()).isEqualTo(1);
        assertThat(verdict.countsByStatus())
                .containsExactly(
                        entry(CueStatus.CLEARED, 5),
                        entry(CueStatus.BLOCKED, 1),
                        entry(CueStatus.AT_RISK, 0),
                        entry(CueStatus.IN_PROGRESS, 1),
                        entry(CueStatus.NOT_STARTED, 1));
        assertThat(verdict.countsByOrigin())
                .containsEntry(CueOrigin.SCORE, 4)
                .containsEntry(CueOrigin.SOUNDTRACK, 4)
                .containsEntry(CueOrigin.LIBRARY, 0)
                .hasSize(CueOrigin.values().length);
        assertThat(verdict.cleared()).isFalse();
        assertThat(verdict.cues()).hasSize(9);
    }

    @Test
    void productionIsClearedWhenEveryActiveCueIs() {
        ProductionVerdict verdict = engine.evaluate(production()
                .cue(clearedScore("1M1"))
                .cue(clearedSong("2M1"))
                .cue(cue("9M9", CueOrigin.SCORE).inactive())
                .build());

        assertThat(verdict.cleared()).isTrue();
        assertThat(verdict.percentCleared()).isEqualByComparingTo("100.0");
        assertThat(verdict.cues().get(2).status()).isEqualTo(CueStatus.BLOCKED);
    }

    @Test
    void productionWithoutActiveCuesIsNotCleared() {
        ProductionVerdict verdict =
                engine.evaluate(production().cue(clearedScore("1M1").inactive()).build());

        assertThat(verdict.cleared()).isFalse();
        assertThat(verdict.activeCues()).isZero();
        assertThat(verdict.percentCleared()).isEqualByComparingTo("0");
        assertThat(verdict.countsByStatus().values()).containsOnly(0);
        assertThat(verdict.problems()).extracting(Problem::code).containsExactly(ProblemCode.NO_ACTIVE_CUES);
    }

    @Test
    void percentageIsRoundedHalfUpToOneDecimal() {
        ProductionVerdict verdict = engine.evaluate(production()
                .cue(clearedScore("1M1"))
                .cue(cue("3M1", CueOrigin.SCORE))
                .cue(cue("3M2", CueOrigin.SCORE))
                .build());

        assertThat(verdict.percentCleared()).isEqualByComparingTo("33.3");
    }

    @Test
    void inactiveCuesStayOutOfTheBudget() {
        ProductionVerdict verdict = engine.evaluate(production()
                .cue(splitSoundtrack().item(master(3, "Label L", "100").quoted("12000")))
                .cue(splitSoundtrack()
                        .inactive()
                        .item(master(3, "Label L", "100").quoted("90000")))
                .build());

        assertThat(verdict.budget().projected()).isEqualTo(usd("12000"));
        assertThat(verdict.cues().get(1).budget().projected()).isEqualTo(usd("90000"));
    }

    @Test
    void mfnOnlyComparesLicensorsOfTheSameCue() {
        ProductionVerdict verdict = engine.evaluate(production()
                .cue(splitSoundtrack()
                        .item(sync(1, "Publisher A", "50").quoted("5000").mfn())
                        .item(sync(2, "Publisher B", "50").quoted("5000").mfn())
                        .item(master(3, "Label L", "100").quoted("10000").mfn()))
                .cue(splitSoundtrack().item(master(3, "Label L", "100").quoted("80000")))
                .build());

        assertThat(verdict.cues().get(0).budget().projected()).isEqualTo(usd("20000"));
        assertThat(verdict.budget().projected()).isEqualTo(usd("100000"));
        assertThat(verdict.budget().mfnExposure()).isEqualTo(usd("0"));
    }

    @Test
    void missingReleasePlanIsReportedOnceForTheProductionAndClearsNothing() {
        ProductionVerdict verdict =
                engine.evaluate(production().plan(null).cue(clearedSong("2M1")).build());

        assertThat(verdict.problems()).extracting(Problem::code).containsExactly(ProblemCode.NO_RELEASE_PLAN);
        assertThat(verdict.cleared()).isFalse();
        assertThat(verdict.cues().get(0).status()).isEqualTo(CueStatus.IN_PROGRESS);
    }
}
