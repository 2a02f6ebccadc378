package org.rightstracker.web.page;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.rightstracker.core.clearance.ClearanceItem;
import org.rightstracker.core.cue.Cue;
import org.rightstracker.core.cue.CueCopy;
import org.rightstracker.core.licence.LicenceUseInput;
import org.rightstracker.core.licence.LicenceUses;
import org.rightstracker.core.production.Production;
import org.rightstracker.core.production.ProductionInput;
import org.rightstracker.core.production.ProductionKind;
import org.rightstracker.core.production.ProductionService;
import org.rightstracker.core.series.Season;
import org.rightstracker.core.series.SeasonInput;
import org.rightstracker.core.series.Series;
import org.rightstracker.core.series.SeriesInput;
import org.rightstracker.core.series.SeriesService;
import org.rightstracker.web.security.Role;

/** The series and season pages, and the cue page's range and granted-use panel. */
@QuarkusTest
class SeriesPageTest {

    @Inject
    ProductionService productions;

    @Inject
    PageWorld world;

    @Inject
    SeriesService series;

    @Inject
    CueCopy cueCopy;

    @Inject
    LicenceUses uses;

    @Test
    void theSeriesPageRollsUpEachSeasonsEpisodesAndTheSeasonPageListsThem() {
        PageWorld.Song song = world.song();
        Series show = series.create(new SeriesInput(
                PageWorld.unique("Page Series"), null, "USD", "ALL_MEDIA", "WORLD", "", null, null, null));
        Season one = series.addSeason(show.id, new SeasonInput(1, "Pilot Season", "2500"));
        long version = QuarkusTransaction.requiringNew()
                .call(() -> Production.<Production>findById(song.production()).version);
        series.placeEpisode(song.production(), version, one.id, null, true);
        Visitor viewer = world.visitor(Role.VIEWER, song.production());

        Document list = Jsoup.parse(
                viewer.get("/series").then().statusCode(200).extract().asString());
        assertThat(list.select("a[href=/series/" + show.id + "]").text()).isEqualTo(show.title);

        Document page = Jsoup.parse(viewer.get("/series/" + show.id)
                .then()
                .statusCode(200)
                .extract()
                .asString());
        assertThat(page.select("h1").text()).isEqualTo(show.title);
        assertThat(page.select("h2 a[href=/seasons/" + one.id + "]").text()).isEqualTo("Season 1 — Pilot Season");
        assertThat(page.select("table.episodes tbody tr")
                        .first()
                        .select("td")
                        .first()
                        .text())
                .isEqualTo("0 of 1");
        assertThat(page.select(".season-money").text()).contains("Season budget USD 2,500.00");

        Document season = Jsoup.parse(viewer.get("/seasons/" + one.id)
                .then()
                .statusCode(200)
                .extract()
                .asString());
        assertThat(season.select("table.episodes th[scope=row] a").attr("href"))
                .isEqualTo("/productions/" + song.production());

        Visitor outsider = world.visitor(Role.VIEWER);
        outsider.get("/series/" + show.id).then().statusCode(404);
        outsider.get("/seasons/" + one.id).then().statusCode(404);
    }

    @Test
    void anEpisodeWithoutAPlanOfItsOwnShowsTheSeriesPlanOnItsPages() {
        Series show = series.create(new SeriesInput(
                PageWorld.unique("Tideline"),
                null,
                "USD",
                "ALL_MEDIA",
                "WORLD",
                "",
                java.time.LocalDate.of(2030, 1, 1),
                null,
                null));
        Season one = series.addSeason(show.id, new SeasonInput(1, null, null));
        Production episode = productions.create(new ProductionInput(
                PageWorld.unique("Tideline 101"),
                ProductionKind.EPISODE,
                null,
                show.title,
                "101",
                null,
                null,
                null,
                false,
                "44:00",
                "24",
                null,
                "USD",
                null,
                null,
                null,
                null,
                null,
                null,
                null));
        series.placeEpisode(episode.id, episode.version, one.id, null, true);
        long cue = world.scoreCue(episode.id).id;
        Visitor viewer = world.visitor(Role.VIEWER, episode.id);

        Response page = viewer.get("/productions/" + episode.id);
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.asString()).contains("From the series " + show.title).contains("World");
        Response cuePage = viewer.get("/cues/" + cue);
        assertThat(cuePage.statusCode()).isEqualTo(200);
        assertThat(Jsoup.parse(cuePage.asString()).text()).doesNotContain("not complete");
    }

    @Test
    void theLicencePanelSetsRangeAndGrantedUseAndTheCuePageSaysWhenTheUseIsNotCovered() {
        PageWorld.Song song = world.song();
        Visitor supervisor = world.visitor(Role.SUPERVISOR, song.production());
        ClearanceItem item = world.item(song.cue(), song.publisherA());

        Document cue = Jsoup.parse(supervisor
                .get("/cues/" + song.cue())
                .then()
                .statusCode(200)
                .extract()
                .asString());
        assertThat(cue.select("form[action=/clearance-items/" + item.id + "/use]"))
                .hasSize(1);

        Response refused = supervisor.post(
                "/clearance-items/" + item.id + "/use",
                Map.of("version", item.version, "range", "CUE", "rangeCap", "x", "maxDuration", "0:30"));
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(Jsoup.parse(refused.asString()).text()).contains("Uses covered 'x' is not a whole number.");
        assertThat(world.item(song.cue(), song.publisherA()).version).isEqualTo(item.version);

        Response saved = supervisor.post(
                "/clearance-items/" + item.id + "/use",
                Map.of("version", item.version, "range", "CUE", "usages", "BI", "maxDuration", "0:30"));
        assertThat(saved.statusCode()).isEqualTo(303);
        world.license(item.id, "1000");

        // The song's cue is background vocal for 0:45 (PageWorld's cue input).
        Document after = Jsoup.parse(supervisor
                .get("/cues/" + song.cue())
                .then()
                .statusCode(200)
                .extract()
                .asString());
        assertThat(after.select(".licence-use").text()).contains("This cue only — background instrumental up to 0:30");
        assertThat(after.text()).contains("is licensed for background instrumental up to 0:30; the cut uses it as");
    }

    @Test
    void aCueCoveredByASeriesLicenceStoredOnAnotherEpisodeShowsItsOwnRowsAsCoveredWithNothingToRequest() {
        PageWorld.Song song = world.song();
        Series show = series.create(new SeriesInput(
                PageWorld.unique("Covered Series"), null, "USD", "ALL_MEDIA", "WORLD", "", null, null, null));
        Season one = series.addSeason(show.id, new SeasonInput(1, null, null));
        long version = QuarkusTransaction.requiringNew()
                .call(() -> Production.<Production>findById(song.production()).version);
        series.placeEpisode(song.production(), version, one.id, null, true);
        Production second = world.production(PageWorld.unique("Covered 102"));
        series.placeEpisode(second.id, second.version, one.id, null, true);
        cueCopy.copy(second.id, song.production(), java.util.List.of());
        long copied = QuarkusTransaction.requiringNew()
                .call(() -> Cue.<Cue>find("production.id", second.id).singleResult().id);
        // Every holder of the first episode's song licenses the whole series, capped at 5 uses.
        java.util.List<Long> ranged = new java.util.ArrayList<>();
        for (long party : new long[] {song.publisherA(), song.publisherB(), song.label()}) {
            ClearanceItem item = world.item(song.cue(), party);
            uses.update(item.id, item.version, new LicenceUseInput("SERIES", 5, java.util.List.of(), null, null));
            world.license(item.id, "1000");
            ranged.add(item.id);
        }
        Visitor supervisor = world.visitor(Role.SUPERVISOR, song.production(), second.id);

        Document cue = Jsoup.parse(supervisor
                .get("/cues/" + copied)
                .then()
                .statusCode(200)
                .extract()
                .asString());

        assertThat(cue.select("#cue-status [data-status]").attr("data-status")).isEqualTo("CLEARED");
        assertThat(cue.select(".range-covers li")).hasSize(3);
        var sync = cue.selectFirst(".range-covers li[data-covering-item=" + ranged.get(0) + "]");
        assertThat(sync.text())
                .startsWith("The series sync licence from Publisher A " + song.tag() + " (licensed) covers this cue:"
                        + " use 2 of at most 5.");
        assertThat(sync.select("a").attr("href")).isEqualTo("/cues/" + song.cue() + "#item-" + ranged.get(0));
        ClearanceItem own = world.item(copied, song.publisherA());
        assertThat(own.status).isEqualTo(org.rightstracker.core.licence.LicenceStatus.NOT_REQUESTED);
        var row = cue.selectFirst("tbody#item-" + own.id);
        assertThat(row.hasClass("covered")).isTrue();
        assertThat(row.select("[data-item-status]").text()).isEqualTo("Covered by the series licence");
        assertThat(row.select("form"))
                .as("no step, terms or request form on a covered row")
                .isEmpty();
        assertThat(row.select("a[href*=letters/request], a[href*=bulk-steps]")).isEmpty();
        assertThat(cue.select("form.request-all"))
                .as("nothing to request on the cue")
                .isEmpty();

        // The production page and the checklist report say the same of the cue.
        Document production =
                Jsoup.parse(supervisor.get("/productions/" + second.id).asString());
        assertThat(production.select(".progress-text").text()).startsWith("1 of 1 active cues cleared");
        String checklist = Jsoup.parse(supervisor
                        .get("/productions/" + second.id + "/reports/checklist")
                        .asString())
                .text();
        assertThat(checklist).contains("1 of 1 active cues cleared").doesNotContain("Not requested");
    }
}
