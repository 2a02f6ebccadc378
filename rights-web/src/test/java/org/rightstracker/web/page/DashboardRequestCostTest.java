package org.rightstracker.web.page;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManagerFactory;
import java.util.Set;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.rightstracker.web.security.AppUser;
import org.rightstracker.web.security.Role;
import org.rightstracker.web.security.UserAccounts;

/**
 * What a dashboard costs when nothing on it has changed, and that what makes it cheap (the kept board,
 * the session user and visible productions read as plain columns, the menu rendered once) never shows
 * a user something they may no longer see.
 */
@QuarkusTest
class DashboardRequestCostTest {

    @Inject
    PageWorld world;

    @Inject
    UserAccounts accounts;

    @Inject
    EntityManagerFactory entityManagerFactory;

    @Test
    void anUnchangedDashboardCostsTwoStatementsAndLoadsNoEntity() {
        Visitor supervisor = world.visitor(
                Role.SUPERVISOR,
                world.song().production(),
                world.song().production(),
                world.song().production());
        assertThat(supervisor.get("/").statusCode()).isEqualTo(200);
        Statistics statistics =
                entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
        statistics.clear();

        Response again = supervisor.get("/");

        assertThat(again.statusCode()).isEqualTo(200);
        assertThat(again.asString().split("cues cleared", -1)).hasSize(4);
        // The session's user and the three productions' states; nothing else, and no entity at all.
        assertThat(again.header("X-Sql-Statements")).isEqualTo("2");
        assertThat(statistics.getEntityLoadCount()).isZero();
        assertThat(statistics.getQueryExecutionCount()).isZero();
        assertThat(statistics.getTransactionCount()).isZero();
    }

    @Test
    void theWholePageIsKeptPerSessionWithThatSessionsFormTokenAndFollowsEveryChange() {
        PageWorld.Song song = world.song();
        String username = world.user(Role.SUPERVISOR, song.production());
        Visitor first = Visitor.signIn(username, PageWorld.PASSWORD);
        Visitor second = Visitor.signIn(username, PageWorld.PASSWORD);
        String firstToken = formToken(first);
        String secondToken = formToken(second);
        assertThat(firstToken).isNotEqualTo(secondToken);

        String page = first.request().cookie("csrf-token", firstToken).get("/").asString();
        String again = first.request().cookie("csrf-token", firstToken).get("/").asString();
        String other =
                second.request().cookie("csrf-token", secondToken).get("/").asString();

        assertThat(again).isEqualTo(page);
        assertThat(signOutToken(page)).isEqualTo(firstToken);
        assertThat(signOutToken(other)).isEqualTo(secondToken);
        assertThat(other.replace(secondToken, firstToken)).isEqualTo(page);

        // A change to the production shows on the next request of the same session.
        world.license(world.item(song.cue(), song.label()).id, "12000");
        assertThat(first.request().cookie("csrf-token", firstToken).get("/").asString())
                .isNotEqualTo(page)
                .contains("committed USD 12,000.00");
    }

    @Test
    void aPageCarryingAFlashMessageIsNeverKept() {
        Visitor supervisor = world.visitor(Role.SUPERVISOR, world.song().production());
        String token = formToken(supervisor);
        String plain = supervisor.request().cookie("csrf-token", token).get("/").asString();

        String withMessage = supervisor
                .request()
                .cookie("csrf-token", token)
                .cookie("rights-flash", "Deleted%20production%20Old%20Film.")
                .get("/")
                .asString();
        String afterwards =
                supervisor.request().cookie("csrf-token", token).get("/").asString();

        assertThat(Jsoup.parse(withMessage).select("#messages").text()).isEqualTo("Deleted production Old Film.");
        assertThat(afterwards).isEqualTo(plain).doesNotContain("Deleted production");
    }

    /** The form token a browser keeps for its session: the cookie the first page hands out. */
    private static String formToken(Visitor visitor) {
        String token = visitor.get("/").cookie("csrf-token");
        assertThat(token).as("the csrf-token cookie").isNotBlank();
        return token;
    }

    private static String signOutToken(String html) {
        return Jsoup.parse(html)
                .select("form[action=/logout] input[name=csrf-token]")
                .attr("value");
    }

    @Test
    void aMemberTakenOffATeamLosesItsProductionAtOnce() {
        PageWorld.Song kept = world.song();
        PageWorld.Song taken = world.song();
        String username = world.user(Role.SUPERVISOR, kept.production(), taken.production());
        Visitor supervisor = Visitor.signIn(username, PageWorld.PASSWORD);
        assertThat(supervisor.get("/").asString())
                .contains(kept.productionTitle())
                .contains(taken.productionTitle());

        AppUser user = QuarkusTransaction.requiringNew()
                .call(() -> AppUser.findByUsername(username).orElseThrow());
        accounts.setMemberships(user.id, user.version, Set.of(kept.production()));

        assertThat(supervisor.get("/").asString())
                .contains(kept.productionTitle())
                .doesNotContain(taken.productionTitle());
        assertThat(supervisor.get("/productions/" + taken.production()).statusCode())
                .isEqualTo(404);
    }

    @Test
    void twoUsersOnTheSameTeamEachSeeTheirOwnNameAndMenu() {
        long production = world.song().production();
        Visitor supervisor = world.visitor(Role.SUPERVISOR, production);
        Visitor viewer = world.visitor(Role.VIEWER, production);

        Document supervisorPage = Jsoup.parse(supervisor.get("/").asString());
        Document viewerPage = Jsoup.parse(viewer.get("/").asString());

        assertThat(supervisorPage.select(".who a").text()).isEqualTo("Page " + Role.SUPERVISOR.label());
        assertThat(viewerPage.select(".who a").text()).isEqualTo("Page " + Role.VIEWER.label());
        assertThat(supervisorPage.select("nav a[href=/imports]")).hasSize(1);
        assertThat(viewerPage.select("nav a[href=/imports]")).isEmpty();
        assertThat(supervisorPage.select("a.button[href=/productions/new]")).hasSize(1);
        assertThat(viewerPage.select("a.button[href=/productions/new]")).isEmpty();
    }

    @Test
    void theMenuMarksTheSectionOfTheCurrentPage() {
        Visitor admin = world.visitor(Role.ADMIN);

        assertThat(current(admin.get("/").asString())).containsExactly("/");
        assertThat(current(admin.get("/works").asString())).containsExactly("/works");
        assertThat(current(admin.get("/admin/users").asString())).containsExactly("/admin/users");
        assertThat(Jsoup.parse(admin.get("/works").asString()).select("nav a[href=/admin/users]"))
                .hasSize(1);
    }

    private static java.util.List<String> current(String html) {
        return Jsoup.parse(html)
                .select("nav[aria-label=Main] a[aria-current=page]")
                .eachAttr("href");
    }
}
