package org.rightstracker.web.letter;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.rightstracker.core.letter.LetterKind;
import org.rightstracker.core.letter.LetterTemplate;
import org.rightstracker.web.page.PageWorld;
import org.rightstracker.web.page.Visitor;
import org.rightstracker.web.security.Role;

/** The administrator's letter template editor: checked on save, used at once, reset to the default. */
@QuarkusTest
class LetterTemplatesPageTest {

    @Inject
    PageWorld world;

    @Inject
    LetterTemplates templates;

    /** The version a form on the page carries. */
    private static String version(Visitor admin, String page, String action) {
        return Jsoup.parse(admin.get(page).asString())
                .selectFirst("form[action=" + action + "] input[name=version]")
                .val();
    }

    private static String version(Visitor admin, String path) {
        return version(admin, path, path);
    }

    @Test
    void aTemplateWithAnUnknownPropertyComesBackAsA400NamingTheLineAndNothingIsSaved() {
        Visitor admin = world.visitor(Role.ADMIN);
        String path = "/admin/letters/master-licence-draft";

        Response refused = admin.post(
                path,
                Map.of(
                        "version",
                        version(admin, path),
                        "subject",
                        "Draft",
                        "body",
                        "Line one\nLine two\n{letter.cue.composer}\n"));

        assertThat(refused.statusCode()).isEqualTo(400);
        Document page = Jsoup.parse(refused.asString());
        assertThat(page.select("#body-error").text()).contains("line 3").contains("composer");
        assertThat(page.select("textarea[name=body]").text()).contains("{letter.cue.composer}");
        assertThat(QuarkusTransaction.requiringNew()
                        .call(() -> LetterTemplate.findByKind(LetterKind.MASTER_LICENCE_DRAFT)))
                .isEmpty();
    }

    @Test
    void anAdministratorsChangeIsUsedAtOnceAndResetBringsTheDefaultBack() {
        Visitor admin = world.visitor(Role.ADMIN);
        String path = "/admin/letters/confirmation";
        String body = "Agreed with {letter.licensor}: {letter.cue.fee}.\n";

        Response saved = admin.post(
                path, Map.of("version", version(admin, path), "subject", "Memo {letter.cue.number}", "body", body));

        assertThat(saved.statusCode()).isEqualTo(303);
        assertThat(Jsoup.parse(admin.follow(saved).asString()).text())
                .contains("Saved the confirmation (deal memo) template");
        assertThat(templates.render(LetterKind.CONFIRMATION, Letter.sample()).text())
                .isEqualTo("Agreed with Example Music Publishing: USD 5,000.00.\n");

        Response reset = admin.post(path + "/reset", Map.of("version", version(admin, path, path + "/reset")));

        assertThat(reset.statusCode()).isEqualTo(303);
        assertThat(templates.current(LetterKind.CONFIRMATION).customised()).isFalse();
        assertThat(templates.render(LetterKind.CONFIRMATION, Letter.sample()).subject())
                .startsWith("Deal memo");
    }

    @Test
    void onlyAdministratorsReachTheTemplatesAndOnlyTheySeeTheLink() {
        Visitor supervisor = world.visitor(Role.SUPERVISOR);
        assertThat(supervisor.get("/admin/letters").statusCode()).isEqualTo(403);
        assertThat(Jsoup.parse(supervisor.get("/").asString()).select("a[href=/admin/letters]"))
                .isEmpty();
        Visitor admin = world.visitor(Role.ADMIN);
        assertThat(Jsoup.parse(admin.get("/").asString()).select("a[href=/admin/letters]"))
                .hasSize(1);
    }
}
