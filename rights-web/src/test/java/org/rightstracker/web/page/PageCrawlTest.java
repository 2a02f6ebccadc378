package org.rightstracker.web.page;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.rightstracker.web.report.ReportTestData;
import org.rightstracker.web.security.Role;
import org.rightstracker.web.testing.DatabaseFingerprint;
import org.rightstracker.web.testing.SiteCrawler;

/**
 * Every page a role reaches from the navigation and the dashboard, on the demo data plus another
 * team's production: each answers 200 (the other team's pages 404), shows no template text left
 * unrendered, changes nothing by being read, and offers no form the role may not use — every POST form
 * found is sent back emptied with a stale version and must be refused as invalid or stale (never 403,
 * never 5xx) without writing anything.
 */
@QuarkusTest
class PageCrawlTest {

    /** Forms whose emptied submission rightly succeeds, by action pattern, with why they are not sent. */
    static final Map<String, String> SUCCEEDS_EMPTY =
            Map.of("/logout", "signing out needs no input, and would end the session the crawl runs in");

    @Inject
    PageWorld world;

    @Inject
    ReportTestData demo;

    @Inject
    DatabaseFingerprint database;

    static List<Long> demoProductions;
    static PageWorld.Song otherTeam;

    @BeforeEach
    void world() {
        if (demoProductions == null) {
            demoProductions = demo.demoProductions();
            otherTeam = world.song();
        }
    }

    @ParameterizedTest
    @EnumSource(Role.class)
    void everyReachablePageIsRenderedAndOffersOnlyWhatTheRoleMayDo(Role role) {
        Visitor visitor = world.visitor(
                role, demoProductions.stream().mapToLong(Long::longValue).toArray());
        int otherTeamStatus = role == Role.ADMIN ? 200 : 404;
        String other = "/productions/" + otherTeam.production();
        SiteCrawler crawler = SiteCrawler.as(visitor::request)
                .skip("/logout")
                .expect(other, otherTeamStatus)
                .expect(other + "/reports", otherTeamStatus)
                .expect("/cues/" + otherTeam.cue(), otherTeamStatus);

        Map<String, String> before = database.take();
        SiteCrawler.Result result = crawler.crawl(
                "/", "/productions/" + demoProductions.get(0), other, other + "/reports", "/cues/" + otherTeam.cue());

        assertThat(result.problems()).as(role + " pages").isEmpty();
        assertThat(database.take()).as("reading pages writes nothing").isEqualTo(before);
        assertThat(result.patterns())
                .as(role + " reached the pages of the product")
                .containsAll(reachedByAll());
        assertThat(result.patterns())
                .as(role + " reached the pages of its role")
                .containsAll(reachedBy(role));
        assertThat(result.patterns())
                .as(role + " was not offered pages of other roles")
                .noneMatch(notReachedBy(role)::contains);
        List<String> formPatterns =
                result.forms().stream().map(SiteCrawler.Form::pattern).toList();
        assertThat(formPatterns).as(role + " forms").containsAll(formsOf(role));
        assertThat(formPatterns)
                .as(role + " forms beyond its role")
                .noneMatch(pattern -> !role.equals(Role.ADMIN) && pattern.startsWith("/admin/"));
        assertThat(submitEveryForm(crawler, result))
                .as(role + " forms sent back emptied")
                .isEmpty();
        System.out.printf(
                "Crawled as %s: %d pages, %d URL patterns, %d distinct POST forms sent back%n",
                role,
                result.pages().size(),
                result.patterns().size(),
                result.forms().size());
    }

    /** Sends every form back emptied; returns what went wrong, one sentence per form. */
    private List<String> submitEveryForm(SiteCrawler crawler, SiteCrawler.Result result) {
        List<String> wrong = new ArrayList<>();
        for (SiteCrawler.Form form : result.forms()) {
            if (SUCCEEDS_EMPTY.containsKey(form.pattern())) {
                continue;
            }
            Map<String, String> before = database.take();
            Response answer = crawler.submitEmptied(form);
            int status = answer.statusCode();
            String where = "POST " + form.action() + " (form on " + form.page() + ", fields " + form.names() + ")";
            if (status == 403) {
                wrong.add(where + " was offered but refused: "
                        + Jsoup.parse(answer.asString()).select(".lead").text());
            } else if (status >= 500) {
                wrong.add(where + " failed with " + status);
            } else if (status < 400) {
                wrong.add(where + " accepted emptied fields and a stale version (" + status + ")");
            }
            Map<String, String> after = database.take();
            if (!after.equals(before)) {
                wrong.add(where + " wrote to the database although refused: "
                        + DatabaseFingerprint.differences(before, after));
            }
        }
        return wrong;
    }

    /** Patterns every role reaches by links alone (ids as {n}). */
    private static List<String> reachedByAll() {
        return List.of(
                "/",
                "/productions/{n}",
                "/productions/{n}/reports",
                "/productions/{n}/reports/checklist",
                "/productions/{n}/reports/checklist?format=pdf",
                "/cues/{n}",
                "/cues/{n}/history",
                "/clearance-items/{n}/history",
                "/works",
                "/works/{n}",
                "/recordings",
                "/recordings/{n}",
                "/parties",
                "/parties/{n}",
                "/digest",
                "/account/password",
                "/reports/expiring?days={n}",
                "/chase",
                "/productions/{n}/chase",
                "/productions/{n}/chase?format=csv");
    }

    private static List<String> reachedBy(Role role) {
        return switch (role) {
            case ADMIN ->
                List.of(
                        "/admin/users",
                        "/backup",
                        "/imports",
                        "/productions/new",
                        "/cues/{n}/edit",
                        "/works/new",
                        "/productions/{n}/reports/sign-offs/new");
            case SUPERVISOR ->
                List.of("/imports", "/productions/new", "/productions/{n}/edit", "/cues/{n}/edit", "/works/new");
            case PRODUCER -> List.of("/productions/{n}/reports/sign-offs/new");
            case VIEWER -> List.of();
        };
    }

    /** Form actions each role must be offered (and that then refuse emptied input). */
    private static List<String> formsOf(Role role) {
        List<String> everyone = List.of("/account/password", "/account/calendar/on");
        List<String> editing = List.of(
                "/clearance-items/{n}/step",
                "/clearance-items/{n}/terms",
                "/cues/{n}",
                "/productions/{n}/reports/cue-sheet/revisions",
                "/clearance-items/{n}/follow-ups");
        return switch (role) {
            case ADMIN ->
                concat(
                        concat(everyone, editing),
                        List.of("/admin/users", "/admin/users/{n}/enabled", "/productions/{n}/reports/sign-offs"));
            case SUPERVISOR -> concat(everyone, editing);
            case PRODUCER -> concat(everyone, List.of("/productions/{n}/reports/sign-offs"));
            case VIEWER -> everyone;
        };
    }

    private static List<String> notReachedBy(Role role) {
        List<String> editing = List.of(
                "/productions/new",
                "/productions/{n}/edit",
                "/productions/{n}/cues/new",
                "/cues/{n}/edit",
                "/cues/{n}/delete",
                "/works/new",
                "/recordings/new",
                "/parties/new",
                "/imports");
        List<String> administration = List.of("/admin/users", "/backup");
        String signOff = "/productions/{n}/reports/sign-offs/new";
        return switch (role) {
            case ADMIN -> List.of();
            case SUPERVISOR -> concat(administration, List.of(signOff));
            case PRODUCER -> concat(editing, administration);
            case VIEWER -> concat(concat(editing, administration), List.of(signOff));
        };
    }

    private static List<String> concat(List<String> a, List<String> b) {
        List<String> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }
}
