package org.rightstracker.web.page;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.rightstracker.core.cue.Cue;
import org.rightstracker.core.production.Production;
import org.rightstracker.core.production.ProductionKind;
import org.rightstracker.core.series.Season;
import org.rightstracker.core.series.SeasonInput;
import org.rightstracker.core.series.Series;
import org.rightstracker.core.series.SeriesInput;
import org.rightstracker.core.series.SeriesService;
import org.rightstracker.web.security.Role;

/**
 * The series forms a supervisor uses instead of the API: create and edit a series, add and edit a season,
 * add an episode, place a production in a season (or take it out), and copy cues from a sibling episode.
 */
@QuarkusTest
class SeriesFormsPageTest {

    @Inject
    PageWorld world;

    @Inject
    SeriesService series;

    @Test
    void aSupervisorCreatesASeriesFromTheSeriesListAndAnEmptyTitleIsRefusedAtTheField() {
        Visitor supervisor = world.visitor(Role.SUPERVISOR);
        Document list = Jsoup.parse(supervisor.get("/series").asString());
        assertThat(list.select("a[href=/series/new]")).hasSize(1);
        String title = PageWorld.unique("Harbour Lights");

        Response created = supervisor.post(
                "/series",
                Map.of(
                        "title", title,
                        "currency", "gbp",
                        "planMedia", "ALL_MEDIA",
                        "planTerritories", "WORLD",
                        "planTermStart", "2030-01-01"));

        assertThat(created.statusCode()).isEqualTo(303);
        Series saved = seriesTitled(title);
        assertThat(saved.currency).isEqualTo("GBP");
        assertThat(saved.releasePlan()).isNotNull();
        assertThat(text(supervisor.follow(created))).contains("Created the series " + title + ".");

        long before = QuarkusTransaction.requiringNew().call(() -> Series.count());
        Response refused = supervisor.post("/series", Map.of("title", " ", "currency", "USD"));
        assertThat(refused.statusCode()).isEqualTo(400);
        Document form = Jsoup.parse(refused.asString());
        assertThat(form.select("#title-error").text()).contains("Title");
        assertThat(QuarkusTransaction.requiringNew().call(() -> Series.count())).isEqualTo(before);
    }

    @Test
    void aSeriesEditSavedAfterSomeoneElseChangedTheNotesKeepsBothChanges() {
        Series show = newSeries();
        Visitor alice = world.visitor(Role.SUPERVISOR);
        Visitor bob = world.visitor(Role.SUPERVISOR);
        BrowserForm alicesForm =
                BrowserForm.of(alice.get("/series/" + show.id + "/edit").asString(), "/series/" + show.id);
        BrowserForm bobsForm =
                BrowserForm.of(bob.get("/series/" + show.id + "/edit").asString(), "/series/" + show.id);
        bobsForm.set("notes", "Studio wants worldwide");
        assertThat(bob.post(bobsForm.action(), bobsForm.fields()).statusCode()).isEqualTo(303);

        alicesForm.set("planTerritories", "EUROPE");
        Response saved = alice.post(alicesForm.action(), alicesForm.fields());

        assertThat(saved.statusCode()).isEqualTo(303);
        Series stored = QuarkusTransaction.requiringNew().call(() -> Series.<Series>findById(show.id));
        assertThat(stored.notes).isEqualTo("Studio wants worldwide");
        assertThat(stored.planTerritories).isEqualTo("EUROPE");
        assertThat(text(alice.follow(saved))).contains("Kept").contains("Notes");

        BrowserForm bad =
                BrowserForm.of(alice.get("/series/" + show.id + "/edit").asString(), "/series/" + show.id);
        Response refused =
                alice.post(bad.action(), bad.set("planTermYears", "0").fields());
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(Jsoup.parse(refused.asString())
                        .select("#planTermYears-error")
                        .text())
                .contains("at least one year");
    }

    @Test
    void aSeasonIsAddedAndEditedFromTheSeriesPagesAndATakenNumberIsRefusedAtTheField() {
        Series show = newSeries();
        Visitor supervisor = world.visitor(Role.SUPERVISOR);
        Document page = Jsoup.parse(supervisor.get("/series/" + show.id).asString());
        assertThat(page.select("a[href=/series/" + show.id + "/seasons/new]").text())
                .isEqualTo("Add a season");
        BrowserForm form = BrowserForm.of(
                supervisor.get("/series/" + show.id + "/seasons/new").asString(), "/series/" + show.id + "/seasons");
        assertThat(form.get("number")).isEqualTo("1");

        Response added = supervisor.post(
                form.action(), form.set("title", "Pilot").set("budget", "2500").fields());
        assertThat(added.statusCode()).isEqualTo(303);
        Season season = seasonOf(show.id, 1);
        assertThat(season.budgetAmount).isEqualByComparingTo("2500");

        Response taken = supervisor.post(form.action(), form.fields());
        assertThat(taken.statusCode()).isEqualTo(400);
        assertThat(Jsoup.parse(taken.asString()).select("#number-error").text())
                .isEqualTo("Season 1 already exists in " + show.title + ".");

        // Two people edit the season: one the budget, the other the title; both changes are kept.
        Visitor other = world.visitor(Role.SUPERVISOR);
        BrowserForm mine =
                BrowserForm.of(supervisor.get("/seasons/" + season.id + "/edit").asString(), "/seasons/" + season.id);
        BrowserForm theirs =
                BrowserForm.of(other.get("/seasons/" + season.id + "/edit").asString(), "/seasons/" + season.id);
        assertThat(other.post(theirs.action(), theirs.set("budget", "4000").fields())
                        .statusCode())
                .isEqualTo(303);
        Response merged =
                supervisor.post(mine.action(), mine.set("title", "The Return").fields());
        assertThat(merged.statusCode()).isEqualTo(303);
        Season stored = seasonOf(show.id, 1);
        assertThat(stored.title).isEqualTo("The Return");
        assertThat(stored.budgetAmount).isEqualByComparingTo("4000");
    }

    @Test
    void addAnEpisodeMakesAnEpisodeProductionInTheSeasonWithItsNumber() {
        Series show = newSeries();
        Season season = series.addSeason(show.id, new SeasonInput(1, null, null));
        Visitor supervisor = world.visitor(Role.SUPERVISOR);
        Document page = Jsoup.parse(supervisor.get("/seasons/" + season.id).asString());
        assertThat(page.select("a[href=/seasons/" + season.id + "/episodes/new]")
                        .text())
                .isEqualTo("Add an episode");

        Response refused = supervisor.post(
                "/seasons/" + season.id + "/episodes", Map.of("title", "No number", "episodeNumber", ""));
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(Jsoup.parse(refused.asString())
                        .select("#episodeNumber-error")
                        .text())
                .contains("Episode number is required");

        Response added = supervisor.post(
                "/seasons/" + season.id + "/episodes",
                Map.of("title", show.title + " 101", "episodeNumber", "101", "episodeTitle", "Landfall"));
        assertThat(added.statusCode()).isEqualTo(303);
        Production episode = QuarkusTransaction.requiringNew().call(() -> {
            Production p = Production.find("season.id", season.id).firstResult();
            p.season.series.title.length();
            return p;
        });
        assertThat(episode.kind).isEqualTo(ProductionKind.EPISODE);
        assertThat(episode.episodeNumber).isEqualTo("101");
        assertThat(episode.episodeOrder).isEqualTo(1);
        assertThat(episode.currencyFromSeries).isTrue();
        // The creator joined the episode's team, so it answers and its page says its plan is the series'.
        Response shown = supervisor.follow(added);
        assertThat(shown.statusCode()).isEqualTo(200);
        assertThat(text(shown)).contains("Added " + show.title + " 101 — Landfall to Season 1.");
    }

    @Test
    void aProductionIsPlacedInASeasonChosenByNameMergedOverAnotherEditAndTakenOutAgain() {
        Series show = newSeries();
        Season season = series.addSeason(show.id, new SeasonInput(1, "Pilot", null));
        PageWorld.Song song = world.song();
        Visitor supervisor = world.visitor(Role.SUPERVISOR, song.production());
        Document production =
                Jsoup.parse(supervisor.get("/productions/" + song.production()).asString());
        assertThat(production
                        .select("a[href=/productions/" + song.production() + "/season]")
                        .text())
                .isEqualTo("Place in a series");
        BrowserForm form = BrowserForm.of(
                supervisor.get("/productions/" + song.production() + "/season").asString(),
                "/productions/" + song.production() + "/season");
        Document placement = Jsoup.parse(
                supervisor.get("/productions/" + song.production() + "/season").asString());
        assertThat(placement.select("#seasonId option[value=" + season.id + "]").text())
                .isEqualTo(show.title + " — Season 1 — Pilot");

        // Someone edits the production's notes after the placement form was opened: the placement merges.
        Visitor other = world.visitor(Role.SUPERVISOR, song.production());
        BrowserForm edit = BrowserForm.of(
                other.get("/productions/" + song.production() + "/edit").asString(),
                "/productions/" + song.production());
        assertThat(other.post(edit.action(), edit.set("notes", "Temp score").fields())
                        .statusCode())
                .isEqualTo(303);
        Response placed = supervisor.post(
                form.action(),
                form.set("seasonId", season.id.toString())
                        .set("episodeOrder", "3")
                        .fields());

        assertThat(placed.statusCode()).isEqualTo(303);
        Production stored = production(song.production());
        assertThat(stored.season.id).isEqualTo(season.id);
        assertThat(stored.episodeOrder).isEqualTo(3);
        assertThat(stored.notes).isEqualTo("Temp score");
        assertThat(text(supervisor.follow(placed))).contains("in " + show.title + ", Season 1 — Pilot as episode 3.");

        BrowserForm move = BrowserForm.of(
                supervisor.get("/productions/" + song.production() + "/season").asString(),
                "/productions/" + song.production() + "/season");
        Response refused =
                supervisor.post(move.action(), move.set("episodeOrder", "abc").fields());
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(Jsoup.parse(refused.asString()).select("#episodeOrder-error").text())
                .contains("Position in the season 'abc' is not a whole number.");

        Response out = supervisor.post(
                move.action(), move.set("seasonId", "").set("episodeOrder", "").fields());
        assertThat(out.statusCode()).isEqualTo(303);
        assertThat(production(song.production()).season).isNull();
    }

    @Test
    void copyCuesFromASiblingEpisodePreviewsThenCopiesAndSaysWhat() {
        Series show = newSeries();
        Season season = series.addSeason(show.id, new SeasonInput(1, null, null));
        Production source = episode(season, "101");
        Production target = episode(season, "102");
        QuarkusTransaction.requiringNew().run(() -> world.scoreCue(source.id));
        Visitor supervisor = world.visitor(Role.SUPERVISOR, source.id, target.id);
        Document page = Jsoup.parse(supervisor.get("/productions/" + target.id).asString());
        assertThat(page.select("a[href=/productions/" + target.id + "/cue-copies]"))
                .hasSize(1);

        Document preview = Jsoup.parse(supervisor
                .get("/productions/" + target.id + "/cue-copies?sourceProductionId=" + source.id)
                .then()
                .statusCode(200)
                .extract()
                .asString());
        assertThat(preview.select("#sourceProductionId option[value=" + source.id + "]")
                        .text())
                .isEqualTo("Season 1: " + show.title + " 101");
        assertThat(preview.select(".copy-preview").text()).contains("1 cue (1M1), reusing 1 work and 0 recordings.");

        Response copied =
                supervisor.post("/productions/" + target.id + "/cue-copies", Map.of("sourceProductionId", source.id));
        assertThat(copied.statusCode()).isEqualTo(303);
        assertThat(text(supervisor.follow(copied))).contains("Copied 1 cue from " + show.title + " 101: 1M1.");
        assertThat(QuarkusTransaction.requiringNew().call(() -> Cue.count("production.id", target.id)))
                .isEqualTo(1);

        // A production outside the series is not offered, so it is refused at the field.
        PageWorld.Song outsider = world.song();
        Response refused = supervisor.post(
                "/productions/" + target.id + "/cue-copies", Map.of("sourceProductionId", outsider.production()));
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(Jsoup.parse(refused.asString())
                        .select("#sourceProductionId-error")
                        .text())
                .contains("Choose one of the listed episodes");
        assertThat(QuarkusTransaction.requiringNew().call(() -> Cue.count("production.id", target.id)))
                .isEqualTo(1);
    }

    @Test
    void aViewerIsOfferedNoneOfTheSeriesFormsAndIsRefusedWhenPostingThem() {
        Series show = newSeries();
        Season season = series.addSeason(show.id, new SeasonInput(1, null, null));
        Production first = episode(season, "101");
        Production second = episode(season, "102");
        Visitor viewer = world.visitor(Role.VIEWER, first.id, second.id);

        assertThat(Jsoup.parse(viewer.get("/series").asString()).select("a[href=/series/new]"))
                .isEmpty();
        Document seriesPage = Jsoup.parse(viewer.get("/series/" + show.id).asString());
        assertThat(seriesPage.select(".head-actions a")).isEmpty();
        Document seasonPage = Jsoup.parse(viewer.get("/seasons/" + season.id).asString());
        assertThat(seasonPage.select(".head-actions a")).isEmpty();
        Document episodePage =
                Jsoup.parse(viewer.get("/productions/" + first.id).asString());
        assertThat(episodePage.select("a[href$=/season], a[href$=/cue-copies]")).isEmpty();

        long version = production(first.id).version;
        assertThat(viewer.post("/series", Map.of("title", "Viewer Series")).statusCode())
                .isEqualTo(403);
        assertThat(viewer.post("/series/" + show.id, Map.of("version", show.version, "title", "X"))
                        .statusCode())
                .isEqualTo(403);
        assertThat(viewer.post("/series/" + show.id + "/seasons", Map.of("number", "2"))
                        .statusCode())
                .isEqualTo(403);
        assertThat(viewer.post("/seasons/" + season.id, Map.of("version", season.version, "number", "5"))
                        .statusCode())
                .isEqualTo(403);
        assertThat(viewer.post("/seasons/" + season.id + "/episodes", Map.of("title", "X", "episodeNumber", "9"))
                        .statusCode())
                .isEqualTo(403);
        assertThat(viewer.post("/productions/" + first.id + "/season", Map.of("version", version, "seasonId", ""))
                        .statusCode())
                .isEqualTo(403);
        assertThat(viewer.post("/productions/" + first.id + "/cue-copies", Map.of("sourceProductionId", second.id))
                        .statusCode())
                .isEqualTo(403);
        assertThat(production(first.id).season.id).isEqualTo(season.id);
        assertThat(seasonOf(show.id, 1).number).isEqualTo(1);
    }

    private Series newSeries() {
        return series.create(new SeriesInput(
                PageWorld.unique("Form Series"),
                null,
                "USD",
                "ALL_MEDIA",
                "WORLD",
                "",
                LocalDate.of(2030, 1, 1),
                null,
                null));
    }

    private Production episode(Season season, String number) {
        Production episode = world.production(season.series.title + " " + number);
        Production placed = series.placeEpisode(episode.id, episode.version, season.id, null, true);
        QuarkusTransaction.requiringNew().run(() -> {
            Production p = Production.findById(placed.id);
            p.episodeNumber = number;
        });
        return placed;
    }

    private static Production production(long id) {
        return QuarkusTransaction.requiringNew().call(() -> {
            Production p = Production.findById(id);
            if (p.season != null) {
                p.season.series.title.length();
            }
            return p;
        });
    }

    private static Series seriesTitled(String title) {
        return QuarkusTransaction.requiringNew()
                .call(() -> Series.findByTitle(title).orElseThrow());
    }

    private static Season seasonOf(long seriesId, int number) {
        return QuarkusTransaction.requiringNew()
                .call(() -> Season.<Season>find("series.id = ?1 and number = ?2", seriesId, number)
                        .firstResult());
    }

    private static String text(Response response) {
        return Jsoup.parse(response.asString()).text();
    }
}
