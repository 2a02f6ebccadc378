package org.rightstracker.web.page;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.LocalDate;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.rightstracker.core.clearance.ClearanceItem;
import org.rightstracker.core.licence.LicenceService;
import org.rightstracker.core.licence.LicenceStatus;
import org.rightstracker.core.licence.LicenceStep;
import org.rightstracker.core.production.Production;
import org.rightstracker.core.series.Season;
import org.rightstracker.core.series.SeasonInput;
import org.rightstracker.core.series.Series;
import org.rightstracker.core.series.SeriesInput;
import org.rightstracker.core.series.SeriesService;
import org.rightstracker.web.security.Role;

@QuarkusTest
class DashboardPageTest {

    @Inject
    SeriesService seriesService;

    @Inject
    PageWorld world;

    @Inject
    LicenceService licences;

    @Test
    void showsEachProductionWithItsProgressBudgetAndCountsByStatus() {
        PageWorld.Song song = world.song();
        ClearanceItem label = world.item(song.cue(), song.label());
        world.license(label.id, "12000");
        Visitor supervisor = world.visitor(Role.SUPERVISOR, song.production());

        String page = supervisor.get("/").then().statusCode(200).extract().asString();

        assertThat(page)
                .contains(song.productionTitle())
                .contains("<strong>0 of 1</strong> cues cleared (0%)")
                .contains("Budget <strong>USD 100,000.00</strong>")
                .contains("committed USD 12,000.00 (12%)")
                .contains("href=\"/productions/" + song.production()
                        + "?status=IN_PROGRESS\">In progress <strong>1</strong>")
                .contains("href=\"/productions/" + song.production() + "?status=CLEARED\">Cleared <strong>0</strong>")
                .contains("New production");
    }

    @Test
    void theAlertsPanelLinksExpiringQuotesAndBlockedCuesToTheCue() {
        PageWorld.Song song = world.song();
        long itemA = world.item(song.cue(), song.publisherA()).id;
        long itemB = world.item(song.cue(), song.publisherB()).id;
        licences.move(itemA, world.version(itemA), LicenceStatus.REQUESTED, LicenceStep.on(null));
        licences.move(
                itemA,
                world.version(itemA),
                LicenceStatus.QUOTED,
                new LicenceStep(null, "5000", null, "USD", LocalDate.now().plusDays(5), null));
        licences.move(itemB, world.version(itemB), LicenceStatus.REQUESTED, LicenceStep.on(null));
        licences.move(itemB, world.version(itemB), LicenceStatus.DENIED, LicenceStep.on(null));
        Visitor producer = world.visitor(Role.PRODUCER, song.production());

        String page = producer.get("/").then().statusCode(200).extract().asString();

        String quotes = section(page, "alerts-quotes");
        assertThat(quotes)
                .contains("href=\"/cues/" + song.cue() + "\"")
                .contains("Quote from Publisher A " + song.tag() + " expires on");
        assertThat(section(page, "alerts-blocked"))
                .contains("href=\"/cues/" + song.cue() + "\"")
                .contains("Sync licence from Publisher B " + song.tag() + " (50.00%) was denied");
        // Producers read; only supervisors and administrators create productions.
        assertThat(page).doesNotContain("New production");
    }

    @Test
    void episodesOfASeriesAreGroupedUnderTheSeriesInBroadcastOrder() {
        Production film = world.production(PageWorld.unique("Standalone Film"));
        Series show = seriesService.create(new SeriesInput(
                PageWorld.unique("Lighthouse Keepers"), null, "USD", "ALL_MEDIA", "WORLD", "", null, null, null));
        Season one = seriesService.addSeason(show.id, new SeasonInput(1, null, null));
        Production second = episode(one, "Second Light", 2);
        Production first = episode(one, "First Light", 1);
        Visitor supervisor = world.visitor(Role.SUPERVISOR, film.id, second.id, first.id);

        Document page = Jsoup.parse(supervisor.get("/").asString());

        Element group = page.selectFirst("section.series-group");
        assertThat(group).as("a series group").isNotNull();
        assertThat(group.selectFirst(".series-heading a").attr("href")).isEqualTo("/series/" + show.id);
        assertThat(group.select("article.production-card h3 a").eachAttr("href"))
                .containsExactly("/productions/" + first.id, "/productions/" + second.id);
        assertThat(page.select("section.productions > article.production-card h3 a")
                        .eachAttr("href"))
                .as("the film stands on its own")
                .containsExactly("/productions/" + film.id);
    }

    private Production episode(Season season, String title, int order) {
        Production created = world.production(PageWorld.unique(title));
        return seriesService.placeEpisode(created.id, created.version, season.id, order, false);
    }

    @Test
    void someoneOnNoTeamSeesAnHonestEmptyStateAndNoOtherTeamsWork() {
        Production elsewhere = world.production(PageWorld.unique("Not Yours"));
        Visitor viewer = world.visitor(Role.VIEWER);

        String page = viewer.get("/").then().statusCode(200).extract().asString();

        assertThat(page)
                .contains("No productions yet")
                .contains("You are not on any production's team yet")
                .doesNotContain(elsewhere.title);
    }

    @Test
    void aTitleWithMarkupIsShownAsText() {
        Production production = world.production(PageWorld.unique("Dash <b>bold</b>"));
        Visitor supervisor = world.visitor(Role.SUPERVISOR, production.id);

        assertThat(supervisor.get("/").asString())
                .contains("Dash &lt;b&gt;bold&lt;/b&gt;")
                .doesNotContain("Dash <b>bold</b>");
    }

    @Test
    void anonymousVisitorsAreSentToSignIn() {
        var response = Visitor.anonymous().get("/");
        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(response.header("Location")).endsWith("/login");
    }

    @Test
    void readinessReportsTheDatabase() {
        Visitor.anonymous()
                .get("/q/health/ready")
                .then()
                .statusCode(200)
                .body("status", org.hamcrest.Matchers.equalTo("UP"));
    }

    /** The markup of one alerts panel, from its heading to the next panel. */
    static String section(String page, String headingId) {
        int start = page.indexOf("id=\"" + headingId + "\"");
        assertThat(start).as(headingId).isPositive();
        int end = page.indexOf("</section>", start);
        return page.substring(start, end);
    }
}
