package org.rightstracker.web.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.rightstracker.core.clearance.ProductionClearance;
import org.rightstracker.core.clearance.engine.CueVerdict;
import org.rightstracker.core.clearance.engine.ProductionVerdict;
import org.rightstracker.core.signoff.SignOff;
import org.rightstracker.web.page.PageWorld;
import org.rightstracker.web.page.Visitor;
import org.rightstracker.web.security.Role;

/**
 * Signing off is a considered act: a confirmation lists what is not cleared and why, a production that
 * is not cleared needs "with exceptions" and a reason, the signed PDF names the person and their role,
 * and a later sign-off supersedes the earlier one. Only the roles that may sign or issue see those actions.
 */
@QuarkusTest
class SignOffPageTest {

    @Inject
    ReportTestData demo;

    @Inject
    PageWorld world;

    @Inject
    ProductionClearance clearance;

    @Test
    void theConfirmationListsEveryCueThatIsNotClearedWithItsReason() {
        long film = demo.film();
        Visitor producer = world.visitor(Role.PRODUCER, film);
        ProductionVerdict verdict = clearance.evaluate(film);
        List<CueVerdict> open = verdict.cues().stream()
                .filter(c -> c.active() && !c.isCleared())
                .toList();

        Response page = producer.get("/productions/" + film + "/reports/sign-offs/new");

        assertThat(page.statusCode()).isEqualTo(200);
        Document html = Jsoup.parse(page.asString());
        assertThat(html.text()).contains("Not cleared: " + open.size() + " cues");
        assertThat(html.select("table.open-cues tbody tr")).hasSize(open.size());
        assertThat(open).extracting(CueVerdict::status).map(Enum::name).contains("BLOCKED", "AT_RISK");
        for (CueVerdict cue : open) {
            Element row = html.selectFirst("table.open-cues tr:has(a[href=/cues/" + cue.cueId() + "])");
            assertThat(row).as("row of cue " + cue.number()).isNotNull();
            assertThat(row.attr("data-status")).isEqualTo(cue.status().name());
            String reason = cue.problems().isEmpty()
                    ? cue.nextActions().get(0)
                    : cue.problems().get(0).message();
            assertThat(row.text()).as("reason of cue " + cue.number()).contains(reason);
        }
        assertThat(html.select("h3 .badge").eachText().get(0)).isEqualTo("Blocked");
        assertThat(html.select("form[action$=/sign-offs] input[name=withExceptions]"))
                .hasSize(1);
        assertThat(html.select("form[action$=/sign-offs] textarea[name=reason]"))
                .hasSize(1);
    }

    @Test
    void aProductionThatIsNotClearedIsNotSignedWithoutExceptionsAndAReason() {
        PageWorld.Song song = world.song();
        Visitor producer = world.visitor(Role.PRODUCER, song.production());
        String signOffs = "/productions/" + song.production() + "/reports/sign-offs";

        Response bare = producer.post(signOffs, Map.of("number", "1"));
        assertThat(bare.statusCode()).isEqualTo(400);
        Document page = Jsoup.parse(bare.asString());
        assertThat(page.select("#withExceptions-error").text()).contains("not cleared");
        assertThat(page.select("#reason-error").text()).contains("is required");

        Response noReason = producer.post(signOffs, Map.of("number", "1", "withExceptions", "true", "reason", " "));
        assertThat(noReason.statusCode()).isEqualTo(400);
        assertThat(Jsoup.parse(noReason.asString()).select("#reason-error").text())
                .contains("is required");

        Response tooLong =
                producer.post(signOffs, Map.of("number", "1", "withExceptions", "true", "reason", "y".repeat(2001)));
        assertThat(tooLong.statusCode()).isEqualTo(400);
        Document typed = Jsoup.parse(tooLong.asString());
        assertThat(typed.select("#reason-error").text()).contains("at most 2,000");
        assertThat(typed.select("textarea[name=reason]").text()).hasSize(2001);

        assertThat(signOffCount(song.production())).isZero();
    }

    @Test
    void theSignedPdfCarriesTheDisplayNameTheRoleAndTheReason() throws IOException {
        PageWorld.Song song = world.song();
        String login = world.user(Role.PRODUCER, song.production());
        Visitor producer = Visitor.signIn(login, PageWorld.PASSWORD);

        Response signed = producer.post(
                "/productions/" + song.production() + "/reports/sign-offs",
                Map.of("number", "1", "withExceptions", "true", "reason", "Label quote pending; distributor agreed."));

        assertThat(signed.statusCode()).isEqualTo(303);
        assertThat(producer.follow(signed).asString()).contains("Signed off as sign-off 1, with exceptions.");
        Response pdf = producer.get("/productions/" + song.production() + "/reports/sign-offs/1.pdf");
        assertThat(pdf.statusCode()).isEqualTo(200);
        String text = text(pdf.asByteArray());
        assertThat(text)
                .contains("signed off by Page Producer (Producer)")
                .contains("Signed off with exceptions")
                .contains("Label quote pending; distributor agreed.")
                .doesNotContain(login);
    }

    @Test
    void aSecondSignOffSupersedesTheFirstAndBothAreKept() throws IOException {
        PageWorld.Song song = world.song();
        Visitor producer = world.visitor(Role.PRODUCER, song.production());
        String reports = "/productions/" + song.production() + "/reports";
        Map<String, String> signing = Map.of("withExceptions", "true", "reason", "Accepted for the rough cut");

        assertThat(producer.post(reports + "/sign-offs", with(signing, "1")).statusCode())
                .isEqualTo(303);
        assertThat(producer.post(reports + "/sign-offs", with(signing, "1")).statusCode())
                .as("a page showing sign-off 1 is stale once it is signed")
                .isEqualTo(409);
        assertThat(producer.post(reports + "/sign-offs", with(signing, "2")).statusCode())
                .isEqualTo(303);

        List<SignOff> kept = QuarkusTransaction.requiringNew()
                .call(() -> SignOff.<SignOff>list("production.id = ?1 order by number", song.production()));
        assertThat(kept).extracting(s -> s.supersedes).containsExactly(null, 1);
        Document hub = Jsoup.parse(producer.get(reports).asString());
        List<String> states =
                hub.select("table.sign-offs tbody tr td:nth-child(5)").eachText();
        assertThat(states).containsExactly("SUPERSEDED by sign-off 2", "Current");
        assertThat(text(producer.get(reports + "/sign-offs/2.pdf").asByteArray()))
                .contains("Supersedes sign-off no. 1");
        assertThat(producer.get(reports + "/sign-offs/1.pdf").statusCode()).isEqualTo(200);
    }

    @Test
    void rolesThatMayNotSignOrIssueNeverSeeThoseActionsAndAreRefusedWithTheNavigation() {
        PageWorld.Song song = world.song();
        String reports = "/productions/" + song.production() + "/reports";
        Map<String, String> signing = Map.of("number", "1", "withExceptions", "true", "reason", "Anyway");
        Map<String, String> issuing = Map.of("number", "1");

        for (Role role : List.of(Role.VIEWER, Role.SUPERVISOR, Role.PRODUCER)) {
            Visitor visitor = world.visitor(role, song.production());
            boolean signs = role == Role.PRODUCER;
            boolean issues = role == Role.SUPERVISOR;
            // The hub offers both actions; the checklist page offers signing, the cue-sheet page issuing.
            Map<String, List<Boolean>> offered = Map.of(
                    reports,
                    List.of(signs, issues),
                    reports + "/checklist",
                    List.of(signs, false),
                    reports + "/cue-sheet",
                    List.of(false, issues));
            offered.forEach((page, actions) -> {
                Document html = Jsoup.parse(visitor.get(page).asString());
                assertThat(!html.select("a[href$=/sign-offs/new]").isEmpty())
                        .as(role + " sees a sign-off action on " + page)
                        .isEqualTo(actions.get(0));
                assertThat(!html.select("form[action$=/cue-sheet/revisions]").isEmpty())
                        .as(role + " sees an issue form on " + page)
                        .isEqualTo(actions.get(1));
            });
            if (!signs) {
                assertRefusedWithNavigation(
                        visitor.post(reports + "/sign-offs", signing), "sign off a production's clearance checklist");
                assertRefusedWithNavigation(
                        visitor.get(reports + "/sign-offs/new"), "sign off a production's clearance checklist");
            }
            if (!issues) {
                assertRefusedWithNavigation(
                        visitor.post(reports + "/cue-sheet/revisions", issuing), "issue cue-sheet revisions");
            }
        }
        assertThat(signOffCount(song.production())).isZero();
    }

    private static void assertRefusedWithNavigation(Response response, String permission) {
        assertThat(response.statusCode()).isEqualTo(403);
        Document page = Jsoup.parse(response.asString());
        assertThat(page.select("nav[aria-label=Main] a[href=/]").text()).isEqualTo("Dashboard");
        assertThat(page.select("form[action=/logout]")).hasSize(1);
        assertThat(page.select("h1").text()).isEqualTo("Forbidden");
        assertThat(page.select(".error-page .lead").text())
                .contains("needs the permission to " + permission)
                .contains("does not include");
    }

    private static Map<String, String> with(Map<String, String> fields, String number) {
        Map<String, String> all = new java.util.HashMap<>(fields);
        all.put("number", number);
        return all;
    }

    private static long signOffCount(long productionId) {
        return QuarkusTransaction.requiringNew().call(() -> SignOff.count("production.id", productionId));
    }

    private static String text(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
        }
    }
}
