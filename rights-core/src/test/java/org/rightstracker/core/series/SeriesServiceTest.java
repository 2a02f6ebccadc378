package org.rightstracker.core.series;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.rightstracker.core.service.TestCatalogue.publisher;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.rightstracker.core.clearance.ClearanceItem;
import org.rightstracker.core.clearance.ClearanceSide;
import org.rightstracker.core.clearance.ProductionClearance;
import org.rightstracker.core.clearance.engine.CueStatus;
import org.rightstracker.core.clearance.engine.CueVerdict;
import org.rightstracker.core.clearance.engine.Problem;
import org.rightstracker.core.clearance.engine.ProblemCode;
import org.rightstracker.core.cue.Cue;
import org.rightstracker.core.cue.CueCopy;
import org.rightstracker.core.cue.CueOrigin;
import org.rightstracker.core.licence.LicenceAmendments;
import org.rightstracker.core.licence.LicenceService;
import org.rightstracker.core.licence.LicenceStatus;
import org.rightstracker.core.licence.LicenceStep;
import org.rightstracker.core.licence.LicenceTerms;
import org.rightstracker.core.licence.LicenceUseInput;
import org.rightstracker.core.licence.LicenceUses;
import org.rightstracker.core.party.Party;
import org.rightstracker.core.party.PartyRole;
import org.rightstracker.core.production.Production;
import org.rightstracker.core.production.ProductionInput;
import org.rightstracker.core.production.ProductionKind;
import org.rightstracker.core.production.ProductionService;
import org.rightstracker.core.recording.Recording;
import org.rightstracker.core.service.TestCatalogue;
import org.rightstracker.core.shared.DuplicateValueException;
import org.rightstracker.core.shared.ValidationException;
import org.rightstracker.core.work.Work;

/**
 * Series through the services and the database: episodes inheriting the series' defaults, a series
 * licence stored on one episode clearing the theme in the others (up to its cap), granted use checked
 * and widened by an amendment, cues copied between episodes, and the season roll-up.
 */
@QuarkusTest
class SeriesServiceTest {

    static final LocalDate PLAN_START = LocalDate.now().plusMonths(3);

    @Inject
    TestCatalogue catalogue;

    @Inject
    SeriesService seriesService;

    @Inject
    SeriesRollups rollups;

    @Inject
    ProductionService productions;

    @Inject
    LicenceService licences;

    @Inject
    LicenceUses uses;

    @Inject
    LicenceAmendments amendments;

    @Inject
    ProductionClearance clearance;

    @Inject
    CueCopy cueCopy;

    /** A series (EUR, world, all media) with seasons 1 and 2; three episodes (S1E1, S1E2, S2E1). */
    record World(
            Series series,
            Season one,
            Season two,
            List<Production> episodes,
            Work theme,
            Recording themeRecording,
            Party publisher,
            Party label) {}

    World world() {
        Party studio = catalogue.organisation("Studio", PartyRole.STUDIO);
        Series series = seriesService.create(new SeriesInput(
                TestCatalogue.unique("Harbour Lights"),
                studio.id,
                "EUR",
                "ALL_MEDIA",
                "WORLD",
                "",
                PLAN_START,
                null,
                null));
        Season one = seriesService.addSeason(series.id, new SeasonInput(1, null, "20000"));
        Season two = seriesService.addSeason(series.id, new SeasonInput(2, "The Return", null));
        List<Production> episodes =
                List.of(episode(one, "101", "5000"), episode(one, "102", "5000"), episode(two, "201", "6000"));
        Party publisher = catalogue.organisation("Publisher A", PartyRole.PUBLISHER);
        Party label = catalogue.organisation("Label L", PartyRole.RECORD_LABEL);
        Work theme = catalogue.work(catalogue.person("Writer"), List.of(publisher(publisher, "100")));
        Recording recording = catalogue.recording(theme, label, "100");
        return new World(series, one, two, episodes, theme, recording, publisher, label);
    }

    /** An episode with no plan, studio or currency of its own: everything comes from the series. */
    Production episode(Season season, String number, String budget) {
        Production created = productions.create(new ProductionInput(
                TestCatalogue.unique("Episode"),
                ProductionKind.EPISODE,
                null,
                season.series.title,
                number,
                null,
                null,
                null,
                false,
                "44:00",
                "24",
                budget,
                "EUR",
                null,
                null,
                null,
                null,
                null,
                null,
                null));
        return seriesService.placeEpisode(created.id, created.version, season.id, null, true);
    }

    @Test
    void episodesInheritTheSeriesPlanStudioAndCurrencyUnlessTheySetTheirOwn() {
        World w = world();
        Production placed = load(w.episodes().get(1).id);

        assertThat(placed.season.id).isEqualTo(w.one().id);
        assertThat(placed.episodeOrder).isEqualTo(2);
        assertThat(placed.releasePlan())
                .isEqualTo(load(w.episodes().get(0).id).season.series.releasePlan());
        assertThat(placed.releasePlan()).isNotNull();
        assertThat(placed.currency().getCurrencyCode()).isEqualTo("EUR");
        assertThat(placed.effectiveStudio()).isNotNull();

        Production film = catalogue.film(false, PLAN_START);
        Production own = seriesService.placeEpisode(film.id, film.version, w.two().id, 5, false);
        Production ownLoaded = load(own.id);
        assertThat(ownLoaded.currency().getCurrencyCode()).isEqualTo("USD");
        assertThat(ownLoaded.releasePlan().media().code()).isEqualTo("ALL_MEDIA");
        assertThat(ownLoaded.episodeOrder).isEqualTo(5);
        assertThat(ownLoaded.kind).isEqualTo(ProductionKind.EPISODE);
        assertThat(ownLoaded.displayTitle()).startsWith(w.series().title);
    }

    @Test
    void aSeriesLicenceOnOneMainTitleClearsTheThemeInEveryEpisodeUpToItsCap() {
        World w = world();
        List<Cue> titles = w.episodes().stream()
                .map(e -> catalogue.cue(e, "1M1", CueOrigin.SOUNDTRACK, w.theme(), w.themeRecording()))
                .toList();
        titles.forEach(this::licenseMaster);
        ClearanceItem sync = item(titles.get(0), ClearanceSide.SYNC);
        uses.update(sync.id, sync.version, new LicenceUseInput("SERIES", 2, List.of(), null, null));
        license(sync.id, "9000");

        assertThat(status(titles.get(0))).isEqualTo(CueStatus.CLEARED);
        assertThat(status(titles.get(1))).isEqualTo(CueStatus.CLEARED);
        CueVerdict third = clearance.evaluateCue(titles.get(2).id);
        assertThat(third.status()).isNotEqualTo(CueStatus.CLEARED);
        assertThat(third.problems()).extracting(Problem::code).contains(ProblemCode.LICENCE_CAP_REACHED);

        // The licence costs 9,000 once, in the episode it is stored in; each master costs 1,000.
        assertThat(clearance
                        .evaluate(w.episodes().get(0).id)
                        .budget()
                        .committed()
                        .amount())
                .isEqualByComparingTo("10000");
        assertThat(clearance
                        .evaluate(w.episodes().get(1).id)
                        .budget()
                        .committed()
                        .amount())
                .isEqualByComparingTo("1000");
    }

    @Test
    void aChangeInOneEpisodeRaisesTheRevisionOfEveryEpisodeOfTheSeriesSoNoCachedVerdictStaysBehind() {
        World w = world();
        Production standalone = catalogue.film(false, PLAN_START);
        Cue title = catalogue.cue(w.episodes().get(0), "1M1", CueOrigin.SOUNDTRACK, w.theme(), w.themeRecording());
        List<Long> before = revisions(w, standalone);

        // A series licence stored on episode 101 clears 102 and 201 too: their caches must notice.
        ClearanceItem sync = item(title, ClearanceSide.SYNC);
        uses.update(sync.id, sync.version, new LicenceUseInput("SERIES", 2, List.of(), null, null));
        List<Long> afterLicence = revisions(w, standalone);
        for (int i = 0; i < 3; i++) {
            assertThat(afterLicence.get(i)).as("episode %d", i).isGreaterThan(before.get(i));
        }
        assertThat(afterLicence.get(3)).as("a production outside the series").isEqualTo(before.get(3));

        // The series' plan is every episode's plan.
        Series series = QuarkusTransaction.requiringNew().call(() -> Series.<Series>findById(w.series().id));
        seriesService.update(
                series.id,
                series.version,
                new SeriesInput(series.title, null, "EUR", "FREE_TV", "WORLD", "", PLAN_START, null, null));
        List<Long> afterSeries = revisions(w, standalone);
        for (int i = 0; i < 3; i++) {
            assertThat(afterSeries.get(i)).as("episode %d", i).isGreaterThan(afterLicence.get(i));
        }
        assertThat(afterSeries.get(3)).isEqualTo(before.get(3));
    }

    private static List<Long> revisions(World w, Production standalone) {
        return QuarkusTransaction.requiringNew()
                .call(() -> java.util.stream.Stream.concat(
                                w.episodes().stream().map(e -> e.id), java.util.stream.Stream.of(standalone.id))
                        .map(id -> Production.<Production>findById(id).clearanceRevision)
                        .toList());
    }

    @Test
    void aCueUsedBeyondItsGrantedUseIsClearedOnlyOnceTheWiderAmendmentIsExecuted() {
        World w = world();
        Cue cue = catalogue.cue(w.episodes().get(0), "2M3", CueOrigin.SOUNDTRACK, w.theme(), w.themeRecording());
        licenseMaster(cue);
        ClearanceItem sync = item(cue, ClearanceSide.SYNC);
        uses.update(sync.id, sync.version, new LicenceUseInput("CUE", null, List.of("BI"), "0:30", "Harbour, dawn"));
        license(sync.id, "2000");

        CueVerdict narrow = clearance.evaluateCue(cue.id);
        assertThat(narrow.status()).isEqualTo(CueStatus.AT_RISK);
        assertThat(narrow.problems())
                .extracting(Problem::message)
                .contains("Sync licence from " + w.publisher().name + " (100.00%) is licensed for background"
                        + " instrumental up to 0:30; the cut uses it as background vocal for 0:45.");

        ClearanceItem executed = catalogue.item(sync.id);
        assertThatThrownBy(() -> uses.update(
                        executed.id, executed.version, new LicenceUseInput("CUE", null, List.of("BV"), "1:00", null)))
                .isInstanceOf(ValidationException.class)
                .hasMessageContaining("reopen it as an amendment");

        ClearanceItem amendment = amendments.reopen(sync.id, executed.version);
        ClearanceItem opened = catalogue.item(amendment.id);
        assertThat(opened.grantedUsages).isEqualTo("BI");
        assertThat(opened.grantedMaxSeconds).isEqualTo(30);
        uses.update(opened.id, opened.version, new LicenceUseInput("CUE", null, List.of("BI", "BV"), "1:00", null));
        assertThat(status(cue)).isEqualTo(CueStatus.AT_RISK);

        license(amendment.id, "2500");
        assertThat(status(cue)).isEqualTo(CueStatus.CLEARED);
    }

    @Test
    void badRangeAndUseInputIsRefusedFieldByFieldAndNothingIsWritten() {
        World w = world();
        Production film = catalogue.film(false, PLAN_START);
        Cue cue = catalogue.cue(film, "1M1", CueOrigin.SOUNDTRACK, w.theme(), w.themeRecording());
        ClearanceItem sync = item(cue, ClearanceSide.SYNC);

        assertThatThrownBy(() -> uses.update(
                        sync.id,
                        sync.version,
                        new LicenceUseInput("GALAXY", 3, java.util.Arrays.asList("BI", null, "XX"), "-1", null)))
                .isInstanceOfSatisfying(
                        ValidationException.class,
                        e -> assertThat(e.getMessage())
                                .contains("Range GALAXY is not one of")
                                .contains("Usage is empty")
                                .contains("Usage XX is not one of"));
        assertThatThrownBy(() -> uses.update(sync.id, sync.version, new LicenceUseInput("CUE", 3, null, null, null)))
                .isInstanceOf(ValidationException.class)
                .hasMessageContaining("A cap on uses applies only");
        assertThatThrownBy(
                        () -> uses.update(sync.id, sync.version, new LicenceUseInput("SEASON", null, null, null, null)))
                .isInstanceOf(ValidationException.class)
                .hasMessageContaining("is not an episode of a season");
        ClearanceItem unchanged = catalogue.item(sync.id);
        assertThat(unchanged.version).isEqualTo(sync.version);
        assertThat(unchanged.grantedUsages).isEmpty();
    }

    @Test
    void copyingCuesBringsTheMusicButNoLicenceAndSkipsNumbersAlreadyThere() {
        World w = world();
        Production first = w.episodes().get(0);
        Production second = w.episodes().get(1);
        Cue title = catalogue.cue(first, "1M1", CueOrigin.SOUNDTRACK, w.theme(), w.themeRecording());
        catalogue.cue(first, "1M2", CueOrigin.SOUNDTRACK, w.theme(), null);
        catalogue.cue(second, "1M2", CueOrigin.SOUNDTRACK, w.theme(), null);
        licenseMaster(title);

        CueCopy.Result result = cueCopy.copy(second.id, first.id, null);

        assertThat(result.copied()).containsExactly("1M1");
        assertThat(result.skipped()).containsExactly("1M2");
        Cue copy = QuarkusTransaction.requiringNew()
                .call(() -> Cue.<Cue>find("production.id = ?1 and number = ?2", second.id, "1M1")
                        .firstResult());
        Cue loaded = catalogue.reload(copy.id);
        assertThat(loaded.work.id).isEqualTo(w.theme().id);
        assertThat(loaded.recording.id).isEqualTo(w.themeRecording().id);
        assertThat(loaded.durationSeconds).isEqualTo(45);
        assertThat(loaded.items).isNotEmpty().allMatch(i -> i.status == LicenceStatus.NOT_REQUESTED);
        assertThat(cueCopy.copy(second.id, first.id, null).copied()).isEmpty();
        assertThatThrownBy(() -> cueCopy.copy(second.id, second.id, null))
                .isInstanceOf(ValidationException.class)
                .hasMessageContaining("cannot be copied onto themselves");
    }

    @Test
    void theRollupGivesEachSeasonItsEpisodesCountsAndBudgets() {
        World w = world();
        Cue cue = catalogue.cue(w.episodes().get(0), "1M1", CueOrigin.SOUNDTRACK, w.theme(), w.themeRecording());
        licenseMaster(cue);
        ClearanceItem sync = item(cue, ClearanceSide.SYNC);
        license(sync.id, "500");
        catalogue.cue(w.episodes().get(1), "1M1", CueOrigin.SOUNDTRACK, w.theme(), w.themeRecording());

        SeriesRollup rollup = rollups.rollup(w.series().id, null, id -> true);

        assertThat(rollup.seasons()).extracting(SeriesRollup.SeasonLine::number).containsExactly(1, 2);
        SeriesRollup.SeasonLine one = rollup.seasons().get(0);
        assertThat(one.episodes())
                .extracting(SeriesRollup.EpisodeLine::episodeOrder)
                .containsExactly(1, 2);
        assertThat(one.activeCues()).isEqualTo(2);
        assertThat(one.clearedCues()).isEqualTo(1);
        assertThat(one.seasonBudget().amount()).isEqualByComparingTo("20000");
        assertThat(one.episodeBudgets().amount()).isEqualByComparingTo("10000");
        assertThat(one.totalBudget().amount()).isEqualByComparingTo("30000");
        assertThat(one.committed().amount()).isEqualByComparingTo("1500");
        assertThat(rollup.seasons().get(1).label()).isEqualTo("Season 2 — The Return");

        SeriesRollup hidden = rollups.rollup(
                w.series().id, w.one().id, id -> id != w.episodes().get(1).id);
        assertThat(hidden.seasons())
                .singleElement()
                .satisfies(s -> assertThat(s.episodes()).hasSize(1));
    }

    @Test
    void seasonNumbersAndSeriesTitlesAreUnique() {
        World w = world();
        assertThatThrownBy(() -> seriesService.addSeason(w.series().id, new SeasonInput(2, null, null)))
                .isInstanceOf(DuplicateValueException.class)
                .hasMessageContaining("Season 2 already exists");
        assertThatThrownBy(() -> seriesService.create(
                        new SeriesInput(w.series().title, null, null, null, null, null, null, null, null)))
                .isInstanceOf(DuplicateValueException.class);
        assertThatThrownBy(() -> seriesService.addSeason(w.series().id, new SeasonInput(0, null, "-5")))
                .isInstanceOfSatisfying(
                        ValidationException.class,
                        e -> assertThat(e.getMessage())
                                .contains("Season number")
                                .contains("negative"));
    }

    private CueStatus status(Cue cue) {
        return clearance.evaluateCue(cue.id).status();
    }

    private ClearanceItem item(Cue cue, ClearanceSide side) {
        return catalogue.reload(cue.id).items.stream()
                .filter(i -> i.side == side)
                .findFirst()
                .orElseThrow();
    }

    private void licenseMaster(Cue cue) {
        license(item(cue, ClearanceSide.MASTER).id, "1000");
    }

    private void license(long itemId, String fee) {
        ClearanceItem item = catalogue.item(itemId);
        licences.updateTerms(
                itemId,
                item.version,
                new LicenceTerms(
                        "EUR", null, null, false, false, null, "ALL_MEDIA", "WORLD", "", PLAN_START, null, null, null));
        licences.move(itemId, catalogue.item(itemId).version, LicenceStatus.REQUESTED, LicenceStep.on(null));
        licences.move(
                itemId, catalogue.item(itemId).version, LicenceStatus.QUOTED, LicenceStep.quote(null, fee, "EUR"));
        licences.move(itemId, catalogue.item(itemId).version, LicenceStatus.APPROVED, LicenceStep.agree(null, fee));
        licences.move(itemId, catalogue.item(itemId).version, LicenceStatus.LICENSED, LicenceStep.on(null));
    }

    private static Production load(long id) {
        return QuarkusTransaction.requiringNew().call(() -> {
            Production p = Production.findById(id);
            if (p.season != null) {
                p.season.series.title.length();
                if (p.season.series.studio != null) {
                    p.season.series.studio.name.length();
                }
            }
            return p;
        });
    }
}
