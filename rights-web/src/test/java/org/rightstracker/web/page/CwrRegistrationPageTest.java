package org.rightstracker.web.page;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.rightstracker.web.security.Role;

/**
 * The production page's "Register music (CWR)" button and its API twin. The file itself is pinned by the
 * core's CwrExportTest; here: who sees and may use it, and the answer when no submitter is configured
 * (the test profile configures none).
 */
@QuarkusTest
class CwrRegistrationPageTest {

    @Inject
    PageWorld world;

    @Test
    void withoutASubmitterThereIsNoButtonAndTheAddressSaysWhy() {
        long production = world.production(PageWorld.unique("Registered score"), true).id;
        world.scoreCue(production);
        Visitor supervisor = world.visitor(Role.SUPERVISOR, production);

        String page = supervisor.get("/productions/" + production).asString();
        Response refused = supervisor.get("/productions/" + production + "/cwr");

        // Offered only once a submitter is configured; the address still explains itself.
        assertThat(Jsoup.parse(page).select("a[href=/productions/" + production + "/cwr]"))
                .isEmpty();
        assertThat(refused.statusCode()).isEqualTo(303);
        assertThat(refused.header("Location")).endsWith("/productions/" + production);
        // The production page shows the reason, as a browser carrying the redirect's flash cookie sees it.
        String shown = supervisor
                .request()
                .cookie("rights-flash", refused.cookie("rights-flash"))
                .get("/productions/" + production)
                .asString();
        assertThat(Jsoup.parse(shown).select("#messages").text())
                .contains("No submitter is configured: set rights.cwr.submitter");
    }

    @Test
    void aViewerHasNoButtonAndIsRefused() {
        long production = world.production(PageWorld.unique("Registered score"), true).id;
        Visitor viewer = world.visitor(Role.VIEWER, production);

        String page = viewer.get("/productions/" + production).asString();

        assertThat(Jsoup.parse(page).select("a[href$=/cwr]")).isEmpty();
        assertThat(viewer.get("/productions/" + production + "/cwr").statusCode())
                .isEqualTo(403);
    }

    @Test
    void theApiAnswersFourHundredNamingTheSubmitter() {
        long production = world.production(PageWorld.unique("Registered score"), true).id;
        world.scoreCue(production);

        Response answer = given().auth()
                .preemptive()
                .basic(world.user(Role.SUPERVISOR, production), PageWorld.PASSWORD)
                .get("/api/v1/productions/" + production + "/cwr");

        assertThat(answer.statusCode()).isEqualTo(400);
        assertThat(answer.asString()).contains("submitter");
    }
}
