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
}
