package org.rightstracker.web.page;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.rightstracker.core.clearance.ClearanceItem;
import org.rightstracker.core.cue.Cue;
import org.rightstracker.core.cue.CueCopy;
import org.rightstracker.core.licence.LicenceService;
import org.rightstracker.core.licence.LicenceStatus;
import org.rightstracker.core.licence.LicenceStep;
import org.rightstracker.core.licence.LicenceUseInput;
import org.rightstracker.core.licence.LicenceUses;
import org.rightstracker.core.production.Production;
import org.rightstracker.core.series.Season;
import org.rightstracker.core.series.SeasonInput;
import org.rightstracker.core.series.Series;
import org.rightstracker.core.series.SeriesInput;
import org.rightstracker.core.series.SeriesRollup;
import org.rightstracker.core.series.SeriesRollups;
import org.rightstracker.core.series.SeriesService;
import org.rightstracker.core.shared.ValidationException;
import org.rightstracker.reports.costs.CostsBuilder;
import org.rightstracker.reports.costs.CostsReport;

/**
 * The money of a series licence: its fee counted once (in the episode it is stored in) by the season
 * roll-up and the costs report alike, and MFN weighed per use when it is approved.
 */
@QuarkusTest
class SeriesLicenceMoneyTest {

    @Inject
    PageWorld world;

    @Inject
    SeriesService series;

    @Inject
    CueCopy cueCopy;

    @Inject
    LicenceUses uses;

    @Inject
    LicenceService licences;

    @Inject
    SeriesRollups rollups;

    @Inject
    CostsBuilder costs;

    /** The song's production as episode 1 and a second episode with a copy of its cue, in one season. */
    record TwoEpisodes(PageWorld.Song song, Series show, Season season, long second, long copiedCue) {}

    private TwoEpisodes twoEpisodes() {
        PageWorld.Song song = world.song();
        Series show = series.create(new SeriesInput(
                PageWorld.unique("Money Series"), null, "USD", "ALL_MEDIA", "WORLD", "", null, null, null));
        Season season = series.addSeason(show.id, new SeasonInput(1, null, null));
        long version = QuarkusTransaction.requiringNew()
                .call(() -> Production.<Production>findById(song.production()).version);
        series.placeEpisode(song.production(), version, season.id, null, true);
        Production second = world.production(PageWorld.unique("Money 102"));
        series.placeEpisode(second.id, second.version, season.id, null, true);
        cueCopy.copy(second.id, song.production(), List.of());
        long copied = QuarkusTransaction.requiringNew()
                .call(() -> Cue.<Cue>find("production.id", second.id).singleResult().id);
        return new TwoEpisodes(song, show, season, second.id, copied);
    }

    @Test
    void aSeriesLicenceIsCountedOnceByTheSeasonRollUpAndByTheCostsReportOfEachEpisode() {
        TwoEpisodes w = twoEpisodes();
        for (long party : new long[] {
            w.song().publisherA(), w.song().publisherB(), w.song().label()
        }) {
            ClearanceItem item = world.item(w.song().cue(), party);
            uses.update(item.id, item.version, new LicenceUseInput("SERIES", 5, List.of(), null, null));
            world.license(item.id, "1000");
        }

        SeriesRollup rollup = rollups.rollup(w.show().id, null, id -> true);
        assertThat(rollup.seasons().get(0).committed().amount()).isEqualByComparingTo("3000");

        CostsReport home = costs.build(w.song().production(), LocalDate.now());
        assertThat(home.budget().committed().amount()).isEqualByComparingTo("3000");
        assertThat(licensor(home, "Publisher A " + w.song().tag()).committed().amount())
                .as("the series licence's whole fee, once, in the episode it is stored in")
                .isEqualByComparingTo("1000");
        assertThat(sum(home)).isEqualByComparingTo(home.budget().projected().amount());

        CostsReport covered = costs.build(w.second(), LocalDate.now());
        assertThat(covered.budget().projected().amount()).isEqualByComparingTo("0");
        assertThat(sum(covered))
                .as("the covered episode's licensor rows add up to its totals")
                .isEqualByComparingTo("0");
    }

    @Test
    void approvingASeriesLicenceWeighsMfnPerUseAndProposesTheWholeLicencesFigure() {
        TwoEpisodes w = twoEpisodes();
        long a = world.item(w.song().cue(), w.song().publisherA()).id;
        long b = world.item(w.song().cue(), w.song().publisherB()).id;
        // A's series licence: 2,000 for at most 2 uses (1,000 a use), most favoured nation.
        uses.update(a, world.version(a), new LicenceUseInput("SERIES", 2, List.of(), null, null));
        licences.move(a, world.version(a), LicenceStatus.REQUESTED, LicenceStep.on(LocalDate.of(2026, 3, 1)));
        licences.move(
                a,
                world.version(a),
                LicenceStatus.QUOTED,
                new LicenceStep(LocalDate.of(2026, 3, 2), "2000", null, "USD", null, null, true, false));
        // B, the other half of the composition, quotes 1,500 for this cue alone.
        licences.move(b, world.version(b), LicenceStatus.REQUESTED, LicenceStep.on(LocalDate.of(2026, 3, 1)));
        licences.move(
                b, world.version(b), LicenceStatus.QUOTED, LicenceStep.quote(LocalDate.of(2026, 3, 2), "1500", "USD"));

        // Per use, A's 1,000 is raised to B's 1,500: 500 a use, 1,000 for the two uses.
        assertThatThrownBy(() -> licences.move(
                        a,
                        world.version(a),
                        LicenceStatus.APPROVED,
                        LicenceStep.agree(LocalDate.of(2026, 3, 5), "2000")))
                .isInstanceOf(ValidationException.class)
                .hasMessageContaining("Proposed: USD 3,000.00 — the fee USD 2,000.00 raised by MFN (USD 1,000.00)");
        assertThat(world.item(w.song().cue(), w.song().publisherA()).status).isEqualTo(LicenceStatus.QUOTED);
    }

    private static CostsReport.LicensorCost licensor(CostsReport report, String party) {
        return report.licensors().stream()
                .filter(l -> l.party().equals(party))
                .findFirst()
                .orElseThrow(() -> new AssertionError(party + " not among " + report.licensors()));
    }

    private static BigDecimal sum(CostsReport report) {
        return report.licensors().stream().map(l -> l.projected().amount()).reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}
