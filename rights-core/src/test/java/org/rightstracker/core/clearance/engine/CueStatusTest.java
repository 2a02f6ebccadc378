package org.rightstracker.core.clearance.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.rightstracker.core.clearance.engine.Facts.TODAY;
import static org.rightstracker.core.clearance.engine.Facts.codes;
import static org.rightstracker.core.clearance.engine.Facts.composerAgreement;
import static org.rightstracker.core.clearance.engine.Facts.cue;
import static org.rightstracker.core.clearance.engine.Facts.evaluate;
import static org.rightstracker.core.clearance.engine.Facts.master;
import static org.rightstracker.core.clearance.engine.Facts.oneStop;
import static org.rightstracker.core.clearance.engine.Facts.production;
import static org.rightstracker.core.clearance.engine.Facts.splitSoundtrack;
import static org.rightstracker.core.clearance.engine.Facts.sync;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.rightstracker.core.cue.CueOrigin;
import org.rightstracker.core.licence.LicenceStatus;

class CueStatusTest {

    @Test
    void soundtrackLicensedOnBothSidesForTheWholePlanIsCleared() {
        CueVerdict verdict = evaluate(splitSoundtrack()
                .item(sync(1, "Publisher A", "50").licensed())
                .item(sync(2, "Publisher B", "50").licensed())
                .item(master(3, "Label L", "100").licensed()));

        assertThat(verdict.status()).isEqualTo(CueStatus.CLEARED);
        assertThat(verdict.sync()).isEqualTo(new SideStatus(SideState.CLEARED, hundred(), hundred(), hundred()));
        assertThat(verdict.master().state()).isEqualTo(SideState.CLEARED);
        assertThat(verdict.problems()).isEmpty();
        assertThat(verdict.nextActions()).isEmpty();
    }

    @Test
    void onlyOneOfTwoPublishersLicensedLeavesTheSyncSideInProgress() {
        CueVerdict verdict = evaluate(splitSoundtrack()
                .item(sync(1, "Publisher A", "50").licensed())
                .item(sync(2, "Publisher B", "50").quoted("7500"))
                .item(master(3, "Label L", "100").licensed()));

        assertThat(verdict.status()).isEqualTo(CueStatus.IN_PROGRESS);
        assertThat(verdict.sync().state()).isEqualTo(SideState.IN_PROGRESS);
        assertThat(verdict.sync().licensedShare()).isEqualByComparingTo("50");
        assertThat(verdict.sync().requiredShare()).isEqualByComparingTo("100");
        assertThat(verdict.master().state()).isEqualTo(SideState.CLEARED);
        assertThat(verdict.problems())
                .extracting(Problem::message)
                .containsExactly("Sync licence from Publisher B (50.00%) is quoted, not yet licensed.");
        assertThat(verdict.nextActions())
                .containsExactly("Approve or negotiate the sync quote from Publisher B (50.00%)");
    }

    @Test
    void cueWhoseItemsAreAllUnrequestedHasNotStarted() {
        CueVerdict verdict = evaluate(splitSoundtrack()
                .item(sync(1, "Publisher A", "50"))
                .item(sync(2, "Publisher B", "50"))
                .item(master(3, "Label L", "100")));

        assertThat(verdict.status()).isEqualTo(CueStatus.NOT_STARTED);
        assertThat(verdict.sync().state()).isEqualTo(SideState.NOT_STARTED);
        assertThat(verdict.nextActions())
                .containsExactly(
                        "Request a sync quote from Publisher A (50.00%)",
                        "Request a sync quote from Publisher B (50.00%)",
                        "Request a master quote from Label L (100.00%)");
    }

    @Test
    void requiredLicensorWithNoStoredItemIsStillReported() {
        CueVerdict verdict = evaluate(splitSoundtrack()
                .item(sync(1, "Publisher A", "50").status(LicenceStatus.REQUESTED))
                .item(master(3, "Label L", "100").status(LicenceStatus.APPROVED).agreed("12000")));

        assertThat(verdict.status()).isEqualTo(CueStatus.IN_PROGRESS);
        assertThat(verdict.problems())
                .filteredOn(problem -> problem.itemId() == null)
                .extracting(Problem::message)
                .containsExactly("No sync licence has been requested from Publisher B (50.00%).");
        assertThat(verdict.nextActions())
                .containsExactly(
                        "Chase Publisher A (50.00%) for a sync quote",
                        "Send the master licence for signature to Label L (100.00%)",
                        "Request a sync quote from Publisher B (50.00%)");
    }

    @Test
    void deniedLicenceNobodyElseCoversBlocksTheCue() {
        CueVerdict verdict = evaluate(splitSoundtrack()
                .item(sync(1, "Publisher A", "50").licensed())
                .item(sync(2, "Publisher B", "50").status(LicenceStatus.DENIED))
                .item(master(3, "Label L", "100").licensed()));

        assertThat(verdict.status()).isEqualTo(CueStatus.BLOCKED);
        assertThat(verdict.sync().state()).isEqualTo(SideState.BLOCKED);
        assertThat(verdict.problems()).first().satisfies(problem -> {
            assertThat(problem.code()).isEqualTo(ProblemCode.DENIED);
            assertThat(problem.severity()).isEqualTo(Severity.BLOCKER);
            assertThat(problem.message())
                    .isEqualTo("Sync licence from Publisher B (50.00%) was denied"
                            + " and no other request covers its share.");
        });
        assertThat(verdict.nextActions())
                .first()
                .isEqualTo("Find another licensor for the share held by Publisher B (50.00%), or replace the cue");
    }

    @Test
    void deniedShareCoveredByANewRequestNoLongerBlocks() {
        CueVerdict verdict = evaluate(splitSoundtrack()
                .item(sync(1, "Publisher A", "50").licensed())
                .item(sync(2, "Publisher B", "50").status(LicenceStatus.DENIED))
                .item(sync(2, "Publisher B", "50").status(LicenceStatus.REQUESTED))
                .item(master(3, "Label L", "100").licensed()));

        assertThat(verdict.status()).isEqualTo(CueStatus.IN_PROGRESS);
        assertThat(codes(verdict)).doesNotContain(ProblemCode.DENIED);
    }

    @Test
    void deniedOneStopBlocksBothSidesButIsReportedOnce() {
        CueVerdict verdict = evaluate(cue("4M1", CueOrigin.LIBRARY)
                .publisher(7, "Cue Library Ltd", "100")
                .masterOwner(7, "Cue Library Ltd", "100")
                .item(oneStop(7, "Cue Library Ltd", "100", "100").status(LicenceStatus.DENIED)));

        assertThat(verdict.sync().state()).isEqualTo(SideState.BLOCKED);
        assertThat(verdict.master().state()).isEqualTo(SideState.BLOCKED);
        assertThat(codes(verdict)).containsExactly(ProblemCode.DENIED);
        assertThat(verdict.problems().get(0).message())
                .isEqualTo("One-stop licence from Cue Library Ltd (100.00% sync and master) was denied"
                        + " and no other request covers its share.");
    }

    @Test
    void withdrawnRequestIsWorkToRedoNotABlock() {
        CueVerdict verdict = evaluate(splitSoundtrack()
                .item(sync(1, "Publisher A", "50").licensed())
                .item(sync(2, "Publisher B", "50").status(LicenceStatus.WITHDRAWN))
                .item(master(3, "Label L", "100").licensed()));

        assertThat(verdict.status()).isEqualTo(CueStatus.IN_PROGRESS);
        assertThat(codes(verdict)).containsExactly(ProblemCode.WITHDRAWN);
        assertThat(verdict.nextActions())
                .containsExactly("Request a sync quote from Publisher B (50.00%) again, or replace the cue");
    }

    @Test
    void obsoleteLicenceNeitherClearsNorCountsButIsStillListed() {
        CueVerdict verdict = evaluate(splitSoundtrack()
                .item(sync(1, "Publisher A", "50").licensed())
                .item(sync(2, "Publisher B", "50").licensed())
                .item(master(4, "Former Label", "100").licensed().obsolete())
                .item(master(3, "Label L", "100").quoted("9000")));

        assertThat(verdict.status()).isEqualTo(CueStatus.IN_PROGRESS);
        assertThat(verdict.master().licensedShare()).isEqualByComparingTo("0");
        assertThat(verdict.items()).extracting(ItemVerdict::obsolete).containsExactly(false, false, true, false);
        assertThat(verdict.budget().projected()).isEqualTo(Facts.usd("11000"));
    }

    @Test
    void blockedOutranksAtRisk() {
        CueVerdict verdict = evaluate(splitSoundtrack()
                .item(sync(1, "Publisher A", "50").quoted("5000").quoteExpires(TODAY.plusDays(3)))
                .item(sync(2, "Publisher B", "50").status(LicenceStatus.DENIED))
                .item(master(3, "Label L", "100").licensed()));

        assertThat(verdict.status()).isEqualTo(CueStatus.BLOCKED);
        assertThat(codes(verdict)).contains(ProblemCode.DENIED, ProblemCode.QUOTE_EXPIRING);
    }

    @Test
    void clearedOutranksARiskThatNoLongerMatters() {
        CueVerdict verdict = evaluate(cue("1M1", CueOrigin.SCORE)
                .writer(9, "Jane Composer", "100")
                .item(composerAgreement(9, "Jane Composer")
                        .licensed()
                        .option("Soundtrack album", Facts.usd("2000"), TODAY.plusDays(5), false)));

        assertThat(verdict.status()).isEqualTo(CueStatus.CLEARED);
        assertThat(codes(verdict)).containsExactly(ProblemCode.OPTION_DEADLINE);
    }

    @Test
    void scoreOwnedByTheStudioNeedsNoLicenceAndIsCleared() {
        CueVerdict verdict = evaluate(
                cue("1M1", CueOrigin.SCORE).writer(9, "Jane Composer", "100"),
                production().studioOwnsScore());

        assertThat(verdict.status()).isEqualTo(CueStatus.CLEARED);
        assertThat(verdict.sync().state()).isEqualTo(SideState.NOT_NEEDED);
        assertThat(verdict.master().state()).isEqualTo(SideState.NOT_NEEDED);
        assertThat(verdict.sync().requiredShare()).isEqualByComparingTo("0");
    }

    @Test
    void scoreWithAnAgreementStillUnderNegotiationIsInProgress() {
        CueVerdict verdict = evaluate(cue("1M1", CueOrigin.SCORE)
                .writer(9, "Jane Composer", "100")
                .item(composerAgreement(9, "Jane Composer")
                        .status(LicenceStatus.NEGOTIATING)
                        .quoted("40000")));

        assertThat(verdict.status()).isEqualTo(CueStatus.IN_PROGRESS);
        assertThat(verdict.sync().state()).isEqualTo(SideState.IN_PROGRESS);
        assertThat(verdict.nextActions())
                .containsExactly("Conclude the composer agreement negotiation with Jane Composer");
    }

    @Test
    void originalSongWithoutAnAgreementAsksForOne() {
        CueVerdict verdict = evaluate(cue("5M3", CueOrigin.ORIGINAL_SONG).writer(9, "Jane Composer", "100"));

        assertThat(verdict.status()).isEqualTo(CueStatus.NOT_STARTED);
        assertThat(verdict.problems())
                .extracting(Problem::message)
                .containsExactly("No composer agreement has been requested from Jane Composer.");
        assertThat(verdict.nextActions()).containsExactly("Request the composer agreement from Jane Composer");
    }

    @Test
    void publicDomainPerformanceWithoutARecordingNeedsNothing() {
        CueVerdict verdict = evaluate(cue("6M1", CueOrigin.PUBLIC_DOMAIN).noWork());

        assertThat(verdict.status()).isEqualTo(CueStatus.CLEARED);
        assertThat(verdict.sync().state()).isEqualTo(SideState.NOT_NEEDED);
        assertThat(verdict.master().state()).isEqualTo(SideState.NOT_NEEDED);
    }

    @Test
    void publicDomainCompositionOnACommercialRecordingStillNeedsTheMaster() {
        CueVerdict verdict = evaluate(cue("6M2", CueOrigin.PUBLIC_DOMAIN)
                .recording()
                .masterOwner(3, "Label L", "100")
                .item(master(3, "Label L", "100").status(LicenceStatus.REQUESTED)));

        assertThat(verdict.status()).isEqualTo(CueStatus.IN_PROGRESS);
        assertThat(verdict.sync().state()).isEqualTo(SideState.NOT_NEEDED);
        assertThat(verdict.master().state()).isEqualTo(SideState.IN_PROGRESS);
    }

    @Test
    void libraryOneStopLicensedForBothSidesClearsBoth() {
        CueVerdict verdict = evaluate(cue("4M1", CueOrigin.LIBRARY)
                .publisher(7, "Cue Library Ltd", "100")
                .masterOwner(7, "Cue Library Ltd", "100")
                .item(oneStop(7, "Cue Library Ltd", "100", "100").licensed()));

        assertThat(verdict.status()).isEqualTo(CueStatus.CLEARED);
        assertThat(verdict.master().clearedShare()).isEqualByComparingTo("100");
    }

    @Test
    void inactiveCueStillGetsItsOwnStatus() {
        CueVerdict verdict = evaluate(splitSoundtrack().inactive().item(sync(1, "Publisher A", "50")));

        assertThat(verdict.active()).isFalse();
        assertThat(verdict.status()).isEqualTo(CueStatus.NOT_STARTED);
    }

    private static BigDecimal hundred() {
        return new BigDecimal("100.00");
    }
}
