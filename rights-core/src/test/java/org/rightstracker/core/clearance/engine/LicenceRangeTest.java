package org.rightstracker.core.clearance.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.rightstracker.core.clearance.engine.Facts.codes;
import static org.rightstracker.core.clearance.engine.Facts.cue;
import static org.rightstracker.core.clearance.engine.Facts.master;
import static org.rightstracker.core.clearance.engine.Facts.messages;
import static org.rightstracker.core.clearance.engine.Facts.sync;
import static org.rightstracker.core.clearance.engine.Facts.usd;
import static org.rightstracker.core.clearance.engine.SeriesWorld.S1E1;
import static org.rightstracker.core.clearance.engine.SeriesWorld.S1E2;
import static org.rightstracker.core.clearance.engine.SeriesWorld.S2E1;

import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.rightstracker.core.clearance.engine.Facts.CueBuilder;
import org.rightstracker.core.clearance.engine.Facts.ItemBuilder;
import org.rightstracker.core.cue.CueOrigin;
import org.rightstracker.core.cue.CueUsage;
import org.rightstracker.core.licence.GrantedUse;
import org.rightstracker.core.licence.LicenceRange;
import org.rightstracker.core.licence.LicenceStatus;

class LicenceRangeTest {

    private final SeriesWorld world = new SeriesWorld();

    private static ItemBuilder publisherA(LicenceRange range, Integer cap) {
        return sync(1, "Publisher A", "100").agreed("10000").licensed().range(range, cap);
    }

    @ParameterizedTest(name = "{0} licence stored in S1E1 covers a use in {1}: {2}")
    @CsvSource({
        "EPISODE, S1E1, true",
        "EPISODE, S1E2, false",
        "EPISODE, S2E1, false",
        "SEASON, S1E1, true",
        "SEASON, S1E2, true",
        "SEASON, S2E1, false",
        "SERIES, S1E1, true",
        "SERIES, S1E2, true",
        "SERIES, S2E1, true",
    })
    void aRangeLicenceClearsEveryUseInItsRangeAndNoOther(LicenceRange range, String episodeName, boolean covered) {
        EpisodePlace episode = place(episodeName);
        world.theme(S1E1, "1M1");
        CueBuilder use = world.theme(episode, "4M2");
        world.licence(S1E1, publisherA(range, null));

        CueVerdict verdict = world.evaluate(episode, use);

        assertThat(verdict.status() == CueStatus.CLEARED).isEqualTo(covered);
        assertThat(codes(verdict).contains(ProblemCode.OUTSIDE_LICENCE_RANGE)).isEqualTo(!covered);
    }

    @Test
    void aSeasonLicenceSaysWhichSeasonItCoversAndWhereTheCueIs() {
        world.theme(S1E1, "1M1");
        CueBuilder later = world.theme(S2E1, "1M1");
        world.licence(S1E1, publisherA(LicenceRange.SEASON, null));

        CueVerdict verdict = world.evaluate(S2E1, later);

        assertThat(verdict.status()).isNotEqualTo(CueStatus.CLEARED);
        assertThat(messages(verdict))
                .contains("The season sync licence from Publisher A (100.00%) covers every use in season 1;"
                        + " this cue is outside that range (season 2).");
        assertThat(verdict.nextActions())
                .contains("License this cue from Publisher A (100.00%), or widen the season licence");
    }

    @ParameterizedTest(name = "cap {0}, use {1} of 4: covered {2}")
    @CsvSource({
        "3, 1, true",
        "3, 3, true", // at the cap
        "3, 4, false", // beyond the cap
        "4, 4, true", // cap equal to the uses
        "5, 4, true", // cap above the uses
        "1, 1, true",
        "1, 2, false",
    })
    void aCappedSeriesLicenceCoversTheFirstNUsesOnly(int cap, int useNumber, boolean covered) {
        // Four uses: S1E1 1M1 and 5M3, S1E2 1M1, S2E1 1M1; counted season, episode, then cue number.
        List<CueBuilder> uses = List.of(
                world.theme(S1E1, "1M1"), world.theme(S1E1, "5M3"), world.theme(S1E2, "1M1"), world.theme(S2E1, "1M1"));
        EpisodePlace[] episodes = {S1E1, S1E1, S1E2, S2E1};
        world.licence(S1E1, publisherA(LicenceRange.SERIES, cap));

        CueVerdict verdict = world.evaluate(episodes[useNumber - 1], uses.get(useNumber - 1));

        assertThat(verdict.status() == CueStatus.CLEARED).isEqualTo(covered);
        assertThat(codes(verdict).contains(ProblemCode.LICENCE_CAP_REACHED)).isEqualTo(!covered);
    }

    @Test
    void theUseBeyondTheCapIsToldItsNumber() {
        world.theme(S1E1, "1M1");
        world.theme(S1E2, "1M1");
        world.theme(S1E2, "3M1");
        CueBuilder fourth = world.theme(S2E1, "1M1");
        world.licence(S1E1, publisherA(LicenceRange.SERIES, 3));

        CueVerdict verdict = world.evaluate(S2E1, fourth);

        assertThat(messages(verdict))
                .contains("The series sync licence from Publisher A (100.00%) covers the first 3 uses in the series;"
                        + " this cue is use 4.");
        assertThat(verdict.nextActions())
                .contains("Raise the cap of the series licence from Publisher A (100.00%), or license this cue on"
                        + " its own");
    }

    @Test
    void usesAreCountedByEpisodeOrderBeforeCueNumber() {
        // Episode 2's 1M1 sorts before episode 1's 9M9 by number, but comes later in the series.
        CueBuilder late = world.theme(S1E2, "1M1");
        CueBuilder early = world.theme(S1E1, "9M9");
        world.licence(S1E1, publisherA(LicenceRange.SERIES, 1));

        assertThat(world.evaluate(S1E1, early).status()).isEqualTo(CueStatus.CLEARED);
        assertThat(world.evaluate(S1E2, late).status()).isNotEqualTo(CueStatus.CLEARED);
    }

    @Test
    void cuesOfOtherMusicAreNotTouchedByTheRangeLicence() {
        world.theme(S1E1, "1M1");
        CueBuilder other = world.add(
                S1E2,
                cue("2M1", CueOrigin.SOUNDTRACK)
                        .work(51L)
                        .recording(61L)
                        .publisher(1, "Publisher A", "100")
                        .masterOwner(3, "Label L", "100")
                        .item(sync(1, "Publisher A", "100"))
                        .item(master(3, "Label L", "100").licensed()));
        world.licence(S1E1, publisherA(LicenceRange.SERIES, null));

        CueVerdict verdict = world.evaluate(S1E2, other);

        assertThat(verdict.status()).isNotEqualTo(CueStatus.CLEARED);
        assertThat(verdict.sync().state()).isNotEqualTo(SideState.CLEARED);
        assertThat(codes(verdict)).doesNotContain(ProblemCode.OUTSIDE_LICENCE_RANGE, ProblemCode.LICENCE_CAP_REACHED);
    }

    @Test
    void aCueWithItsOwnExecutedLicenceKeepsIt() {
        world.theme(S1E1, "1M1");
        CueBuilder own = world.add(
                S1E2,
                cue("1M1", CueOrigin.SOUNDTRACK)
                        .work(SeriesWorld.THEME_WORK)
                        .recording(SeriesWorld.THEME_RECORDING)
                        .publisher(1, "Publisher A", "100")
                        .masterOwner(3, "Label L", "100")
                        .item(sync(1, "Publisher A", "100").agreed("700").licensed())
                        .item(master(3, "Label L", "100").licensed()));
        world.licence(S1E1, publisherA(LicenceRange.EPISODE, null));

        CueVerdict verdict = world.evaluate(S1E2, own);

        assertThat(verdict.status()).isEqualTo(CueStatus.CLEARED);
        assertThat(verdict.items()).extracting(ItemVerdict::feeUsed).contains(usd("700"));
        assertThat(verdict.problems()).isEmpty();
    }

    @Test
    void aDeniedRangeLicenceCoversNothing() {
        CueBuilder use = world.theme(S1E2, "1M1");
        world.licence(
                S1E1, sync(1, "Publisher A", "100").status(LicenceStatus.DENIED).range(LicenceRange.SERIES, null));

        CueVerdict verdict = world.evaluate(S1E2, use);

        assertThat(verdict.sync().state()).isNotEqualTo(SideState.CLEARED);
    }

    @Test
    void theGrantedUseOfARangeLicenceIsCheckedOnEveryCueItCovers() {
        world.theme(S1E1, "1M1");
        CueBuilder longer = world.theme(S1E2, "1M1").usage(CueUsage.MT, 70);
        world.licence(S1E1, publisherA(LicenceRange.SERIES, null).use(new GrantedUse(Set.of(CueUsage.MT), 60, null)));

        CueVerdict verdict = world.evaluate(S1E2, longer);

        assertThat(verdict.status()).isEqualTo(CueStatus.AT_RISK);
        assertThat(messages(verdict))
                .containsExactly("Sync licence from Publisher A (100.00%) is licensed for main title up to 1:00;"
                        + " the cut uses it as main title for 1:10.");
    }

    @Test
    void mfnComparesTheRangeLicencePerUse() {
        // 10,000 for at most 4 uses is 2,500 a use; Publisher B's 50% with MFN at 1,000 rises to match.
        CueBuilder shared = world.add(
                S1E2,
                cue("1M1", CueOrigin.SOUNDTRACK)
                        .work(SeriesWorld.THEME_WORK)
                        .recording(SeriesWorld.THEME_RECORDING)
                        .publisher(1, "Publisher A", "50")
                        .publisher(2, "Publisher B", "50")
                        .masterOwner(3, "Label L", "100")
                        .item(sync(2, "Publisher B", "50")
                                .agreed("1000")
                                .licensed()
                                .mfn())
                        .item(master(3, "Label L", "100").licensed()));
        world.licence(
                S1E1, sync(1, "Publisher A", "50").agreed("10000").licensed().range(LicenceRange.SERIES, 4));

        CueVerdict verdict = world.evaluate(S1E2, shared);

        assertThat(verdict.status()).isEqualTo(CueStatus.CLEARED);
        assertThat(verdict.items())
                .filteredOn(item -> item.partyName().equals("Publisher A"))
                .extracting(ItemVerdict::feeUsed)
                .containsExactly(usd("2500"));
        assertThat(verdict.items())
                .filteredOn(item -> item.partyName().equals("Publisher B"))
                .extracting(ItemVerdict::effectiveFee)
                .containsExactly(usd("2500"));
    }

    @Test
    void withoutACapTheFeeIsSharedOverEveryUseInRange() {
        CueBuilder first = world.theme(S1E1, "1M1");
        world.theme(S1E2, "1M1");
        world.licence(S1E1, publisherA(LicenceRange.SEASON, null));

        CueVerdict verdict = world.evaluate(S1E1, first);

        assertThat(verdict.items())
                .filteredOn(item -> item.partyName().equals("Publisher A"))
                .extracting(ItemVerdict::feeUsed)
                .containsExactly(usd("5000"));
    }

    @Test
    void theBudgetCountsASeriesLicenceOnceInTheEpisodeItIsStoredIn() {
        IntStream.rangeClosed(1, 3).forEach(n -> world.theme(S1E1, n + "M1"));
        world.theme(S1E2, "1M1");
        world.theme(S2E1, "1M1");
        world.licence(S1E1, publisherA(LicenceRange.SERIES, null));

        // Each theme cue's master licence costs 1,000 (the fixture's default fee).
        BudgetSummary home = world.evaluate(S1E1).budget();
        BudgetSummary elsewhere = world.evaluate(S1E2).budget();

        assertThat(home.projected()).isEqualTo(usd("13000"));
        assertThat(home.committed()).isEqualTo(usd("13000"));
        assertThat(elsewhere.projected()).isEqualTo(usd("1000"));
        assertThat(world.evaluate(S1E1).clearedCues()).isEqualTo(3);
        assertThat(world.evaluate(S2E1).clearedCues()).isEqualTo(1);
    }

    @Test
    void anMfnRaiseOnARangeLicenceIsOwedOnEachUse() {
        // Publisher A holds MFN on its series deal (1,000 a use); Publisher B is paid 3,000 for 50% here.
        world.licence(
                S1E1,
                sync(1, "Publisher A", "50").agreed("2000").licensed().mfn().range(LicenceRange.SERIES, 2));
        world.add(
                S1E1,
                cue("1M1", CueOrigin.SOUNDTRACK)
                        .work(SeriesWorld.THEME_WORK)
                        .recording(SeriesWorld.THEME_RECORDING)
                        .publisher(1, "Publisher A", "50")
                        .publisher(2, "Publisher B", "50")
                        .masterOwner(3, "Label L", "100")
                        .item(sync(2, "Publisher B", "50").agreed("3000").licensed())
                        .item(master(3, "Label L", "100").agreed("0").licensed()));

        BudgetSummary budget = world.evaluate(S1E1).budget();

        // 2,000 once for the licence, 2,000 uplift on this use (1,000 raised to 3,000), 3,000 for Publisher B.
        assertThat(budget.mfnExposure()).isEqualTo(usd("2000"));
        assertThat(budget.projected()).isEqualTo(usd("7000"));
    }

    private static EpisodePlace place(String name) {
        return switch (name) {
            case "S1E1" -> S1E1;
            case "S1E2" -> S1E2;
            case "S2E1" -> S2E1;
            default -> throw new IllegalArgumentException(name);
        };
    }
}
