package org.rightstracker.web.badinput;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.rightstracker.core.cue.Cue;
import org.rightstracker.core.cue.CueService;
import org.rightstracker.web.page.PageWorld;
import org.rightstracker.web.page.Visitor;
import org.rightstracker.web.security.Role;
import org.rightstracker.web.testing.TestDatabase;

/**
 * The bad input issue 12 names, one case each: a null inside a list, an amount beyond the money columns,
 * renumbering a cue onto a taken number, a text longer than its column, the cue-list import's production
 * parameter, a forged form token, and a database constraint that still refuses a write.
 */
@QuarkusTest
class BadInputCasesTest {

    @Inject
    PageWorld world;

    @Inject
    CueService cues;

    @Test
    void aNullInsideAListIsA400NamingTheElement() {
        PageWorld.Song song = world.song();
        Map<String, Object> writer = Map.of("partyId", song.publisherA(), "share", "100");
        api().body(Map.of("title", "Nulls", "writers", Arrays.asList(writer, null)))
                .post("/api/v1/works")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("writers[1]"));
        api().body(Map.of("title", "Nulls", "publishers", Arrays.asList((Object) null)))
                .post("/api/v1/works")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("publishers[0]"));
        api().body(Map.of("title", "Nulls", "owners", Arrays.asList(null, null)))
                .post("/api/v1/recordings")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("owners[0]"));
    }

    @Test
    void anAmountBeyondTheMoneyColumnsIsA400AtItsField() {
        PageWorld.Song song = world.song();
        Map<String, Object> production = new LinkedHashMap<>();
        production.put("title", PageWorld.unique("Too rich"));
        production.put("budget", "1000000000000");
        production.put("currency", "USD");
        api().body(production)
                .post("/api/v1/productions")
                .then()
                .statusCode(400)
                .body("errors.field", hasItem("budget"))
                .body("detail", containsString("999,999,999,999.99"));
        long item = world.item(song.cue(), song.label()).id;
        api().body(Map.of("version", world.version(item), "description", "Sequel", "fee", "10000000000000"))
                .post("/api/v1/clearance-items/" + item + "/options")
                .then()
                .statusCode(400)
                .body("errors.field", hasItem("fee"));
        api().body(Map.of("version", world.version(item), "quotedFee", "99999999999999", "currency", "USD"))
                .put("/api/v1/clearance-items/" + item + "/terms")
                .then()
                .statusCode(400)
                .body("errors.field", hasItem("quotedFee"));
    }

    @Test
    void renumberingACueOntoANumberItsProductionHasIsA409AtNumberInTheApiAndAMessageOnThePage() {
        PageWorld.Song song = world.song();
        cues.create(song.production(), PageWorld.cueInput("3M1", "Other cue", null, null));
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("version", cueVersion(song.cue()));
        body.put("number", "3m1");
        body.put("title", "Renumbered");
        body.put("origin", "SOUNDTRACK");

        api().body(body)
                .put("/api/v1/cues/" + song.cue())
                .then()
                .statusCode(409)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("number"))
                .body("errors[0].message", containsString("Cue 3M1 already exists"));

        Visitor supervisor = world.visitor(Role.SUPERVISOR, song.production());
        Document form =
                Jsoup.parse(supervisor.get("/cues/" + song.cue() + "/edit").asString());
        Map<String, String> fields = new LinkedHashMap<>();
        form.select("form[action=\"/cues/" + song.cue() + "\"] [name]").forEach(e -> {
            if (!e.attr("name").equals("csrf-token") && !e.tagName().equals("button")) {
                fields.put(e.attr("name"), e.tagName().equals("textarea") ? e.text() : e.val());
            }
        });
        fields.put("number", "3M1");
        Response refused = supervisor.post("/cues/" + song.cue(), fields);
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(Jsoup.parse(refused.asString()).select("#number-error").text())
                .contains("Cue 3M1 already exists");
        assertThat(QuarkusTransaction.requiringNew().call(() -> Cue.<Cue>findById(song.cue()).number))
                .isEqualTo("2M14");
    }

    @Test
    void aTextLongerThanItsColumnIsRefusedNamingTheLimitNotCut() {
        PageWorld.Song song = world.song();
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("version", cueVersion(song.cue()));
        body.put("number", "2M14");
        body.put("title", "Long notes");
        body.put("origin", "SOUNDTRACK");
        body.put("notes", "n".repeat(100_000));

        api().body(body)
                .put("/api/v1/cues/" + song.cue())
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("notes"))
                .body("errors[0].message", equalTo("Notes is 100,000 characters; at most 4,000."));
    }

    @Test
    void theCueListImportNamesItsProductionParameterWhenMissingUnreadableOrUnknown() {
        for (String production : new String[] {null, "abc", "999999999"}) {
            RequestSpecification request = api().contentType("text/csv").body("Cue,Title\n1M1,Opening\n");
            if (production != null) {
                request = request.queryParam("production", production);
            }
            request.post("/api/v1/imports/cue-list")
                    .then()
                    .statusCode(400)
                    .contentType("application/problem+json")
                    .body("errors[0].field", equalTo("production"))
                    .body("detail", not(containsString("There is no page")));
        }
    }

    @Test
    void aFormWithAForgedTokenGetsTheProductsErrorPage() {
        PageWorld.Song song = world.song();
        Response refused = world.visitor(Role.SUPERVISOR, song.production())
                .request()
                .cookie("csrf-token", "forged")
                .formParam("csrf-token", "forged-too")
                .formParam("version", "0")
                .post("/cues/" + song.cue() + "/delete");

        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(Jsoup.parse(refused.asString()).select(".error-page").text())
                .contains("reload the page and send it again");
    }

    @Test
    void aConstraintTheDatabaseStillEnforcesIsA4xxNamingTheFieldNeverA500() {
        PageWorld.Song song = world.song();
        long other = cues.create(song.production(), PageWorld.cueInput("4M1", "Other cue", null, null)).id;
        String cases = "cue=" + song.cue() + "&other=" + other + "&production=" + song.production();
        // The unknown column of a too long text is named by H2; PostgreSQL's message does not say which.
        String tooLongField = TestDatabase.isPostgres() ? null : "notes";
        for (Object[] expected : List.of(
                new Object[] {"unique", 409, "number"},
                new Object[] {"unique-at-commit", 409, "number"},
                new Object[] {"check", 400, "budget"},
                new Object[] {"not-null", 400, "title"},
                new Object[] {"too-long", 400, tooLongField},
                new Object[] {"foreign-key", 409, "workId"})) {
            Response answer = api().post("/api/test-only/constraints/" + expected[0] + "?" + cases);
            assertThat(answer.statusCode())
                    .as(expected[0] + ": " + answer.asString())
                    .isEqualTo(expected[1]);
            assertThat(answer.contentType()).as((String) expected[0]).startsWith("application/problem+json");
            if (expected[2] != null) {
                assertThat(answer.jsonPath().getList("errors.field"))
                        .as(expected[0] + ": " + answer.asString())
                        .containsExactly(expected[2]);
            }
        }
        Response page = admin().contentType(ContentType.JSON).post("/test-only/constraints/unique?" + cases);
        assertThat(page.statusCode()).isEqualTo(409);
        assertThat(Jsoup.parse(page.asString()).select(".error-page").text()).contains("number");
        assertThat(QuarkusTransaction.requiringNew().call(() -> Cue.<Cue>findById(song.cue()).number))
                .isEqualTo("2M14");
    }

    private long cueVersion(long cueId) {
        return QuarkusTransaction.requiringNew().call(() -> Cue.<Cue>findById(cueId).version);
    }

    private RequestSpecification admin() {
        return given().auth().preemptive().basic("admin", "admin-password-1");
    }

    private RequestSpecification api() {
        return admin().contentType(ContentType.JSON).accept(ContentType.JSON);
    }
}
