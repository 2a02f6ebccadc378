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
