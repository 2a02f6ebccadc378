package org.rightstracker.web.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.rightstracker.web.api.Api.as;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.rightstracker.web.security.Team;

/**
 * Productions, cues, clearance items, options and the clearance verdict through the API: a whole
 * soundtrack cue from creation to CLEARED, and the refusals along the way.
 */
@QuarkusTest
class ApiClearanceTest {

    static final String START = LocalDate.now().plusMonths(2).toString();

    @Inject
    Team teamBuilder;

    Team.Ids team;

    @BeforeEach
    void team() {
        team = teamBuilder.ensure();
    }

    @Test
    void aSoundtrackCueGoesFromCreationToClearedThroughTheApi() {
        long production = production("Api Feature");
        long pubA = ApiCatalogueTest.party("Api Pub A");
        long pubB = ApiCatalogueTest.party("Api Pub B");
        long label = ApiCatalogueTest.party("Api Label L");
        long work = as("SUPERVISOR")
                .body(Map.of(
                        "title",
                        Api.unique("Api Cue Song"),
                        "publishers",
                        List.of(Map.of("partyId", pubA, "share", "50"), Map.of("partyId", pubB, "share", "50"))))
                .post("/api/v1/works")
                .then()
                .statusCode(201)
                .extract()
                .jsonPath()
                .getLong("id");
        long recording = as("SUPERVISOR")
                .body(Map.of(
                        "title",
                        "Api Cue Take",
                        "workId",
                        work,
                        "owners",
                        List.of(Map.of("partyId", label, "share", "100"))))
                .post("/api/v1/recordings")
                .then()
                .statusCode(201)
                .extract()
                .jsonPath()
                .getLong("id");
        Response cue = as("SUPERVISOR")
                .body(Map.of(
                        "number",
                        "2M14",
                        "title",
                        "Paper Lanterns",
                        "origin",
                        "SOUNDTRACK",
                        "usage",
                        "BV",
                        "timecodeIn",
                        "01:10:00:00",
                        "timecodeOut",
                        "01:10:45:00",
                        "workId",
                        work,
                        "recordingId",
                        recording))
                .post("/api/v1/productions/" + production + "/cues");
        cue.then().statusCode(201).body("duration", equalTo("0:45")).body("status", equalTo("NOT_STARTED"));
        long cueId = cue.jsonPath().getLong("id");

        JsonPath items = as("SUPERVISOR")
                .get("/api/v1/cues/" + cueId + "/clearance-items")
                .then()
                .statusCode(200)
                .body("items", hasSize(3))
                .body("items.side", equalTo(List.of("SYNC", "SYNC", "MASTER")))
                .extract()
                .jsonPath();
        List<Integer> itemIds = items.getList("items.id");
        int[] fees = {5000, 7500, 12000};
        for (int i = 0; i < itemIds.size(); i++) {
            long item = itemIds.get(i);
            terms(item, Integer.toString(fees[i]), true);
            step(item, "REQUESTED", Map.of());
            step(item, "QUOTED", Map.of("quotedFee", Integer.toString(fees[i])));
        }
        // The MFN example of DESIGN.md: everybody is raised to the best fee on a 100% basis.
        as("SUPERVISOR")
                .get("/api/v1/productions/" + production + "/clearance")
                .then()
                .statusCode(200)
                .body("cues[0].budget.projected.amount", equalTo("30000.00"))
                .body("cues[0].budget.mfnExposure.amount", equalTo("5500.00"));

        // Approving at a fee MFN raises is refused with the figure the budget commits, until accepted.
        as("SUPERVISOR")
                .body(Map.of("version", version(itemIds.get(0)), "status", "APPROVED"))
                .post("/api/v1/clearance-items/" + itemIds.get(0) + "/transitions")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("agreedFee"))
                .body("errors[0].message", containsString("Proposed: USD 7,500.00"));
        for (int i = 0; i < itemIds.size(); i++) {
            long item = itemIds.get(i);
            step(item, "APPROVED", Map.of("acceptCommittedFigure", true));
            step(item, "LICENSED", Map.of());
        }
        as("SUPERVISOR").get("/api/v1/cues/" + cueId).then().statusCode(200).body("status", equalTo("CLEARED"));
        as("SUPERVISOR")
                .get("/api/v1/productions/" + production + "/clearance")
                .then()
                .statusCode(200)
                .body("cleared", equalTo(true))
                .body("percentCleared", equalTo(100.0f))
                .body("budget.committed.amount", equalTo("30000.00"));
        as("SUPERVISOR")
                .queryParam("status", "CLEARED")
                .get("/api/v1/productions/" + production + "/cues")
                .then()
                .body("total", equalTo(1));
        as("SUPERVISOR")
                .queryParam("status", "BLOCKED")
                .get("/api/v1/productions/" + production + "/cues")
                .then()
                .body("total", equalTo(0));
    }

    @Test
    void anImpossibleStepAndAStaleStepAreConflicts() {
        long item = team.ownItem();
        long version = version(item);
        as("SUPERVISOR")
                .body(Map.of("version", version, "status", "LICENSED"))
                .post("/api/v1/clearance-items/" + item + "/transitions")
                .then()
                .statusCode(409)
                .body("detail", containsString("cannot become licensed"));
        as("SUPERVISOR")
                .body(Map.of("version", version - 1 < 0 ? version + 5 : version - 1, "status", "WITHDRAWN"))
                .post("/api/v1/clearance-items/" + item + "/transitions")
                .then()
                .statusCode(409)
                .body("detail", containsString("changed by someone else"));
        as("SUPERVISOR")
                .body(Map.of("version", version, "status", "SIDEWAYS"))
                .post("/api/v1/clearance-items/" + item + "/transitions")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("status"));
    }

    @Test
    void readersOfAProductionCannotChangeItAndOtherTeamsCannotSeeIt() {
        long item = team.ownItem();
        for (String role : List.of("VIEWER", "PRODUCER")) {
            as(role).body(Map.of("version", version(item), "status", "WITHDRAWN"))
                    .post("/api/v1/clearance-items/" + item + "/transitions")
                    .then()
                    .statusCode(403);
            as(role).body(Map.of("number", "9M9", "title", "No", "origin", "SCORE"))
                    .post("/api/v1/productions/" + team.ownProduction() + "/cues")
                    .then()
                    .statusCode(403);
        }
        as("OUTSIDER").get("/api/v1/productions/" + team.ownProduction()).then().statusCode(404);
        as("OUTSIDER").get("/api/v1/cues/" + team.ownCue()).then().statusCode(404);
        as("OUTSIDER").get("/api/v1/clearance-items/" + item).then().statusCode(404);
        as("OUTSIDER")
                .get("/api/v1/productions/" + team.ownProduction() + "/clearance")
                .then()
                .statusCode(404);
        as("OUTSIDER")
                .body(Map.of("version", 0, "status", "WITHDRAWN"))
                .post("/api/v1/clearance-items/" + item + "/transitions")
                .then()
                .statusCode(404);
        as("SUPERVISOR")
                .get("/api/v1/productions")
                .then()
                .statusCode(200)
                .body("items.id", hasItem((int) team.ownProduction()))
                .body("items.id", not(hasItem((int) team.otherProduction())));
        as("ADMIN").get("/api/v1/productions/" + team.otherProduction()).then().statusCode(200);
    }

    @Test
    void aSupervisorWhoCreatesAProductionJoinsItsTeamAndEditsItWithItsVersion() {
        long production = production("Api Series");
        Response read = as("SUPERVISOR").get("/api/v1/productions/" + production);
        read.then().statusCode(200).header("ETag", "\"0\"").body("releasePlan.media", equalTo("ALL_MEDIA"));
        Map<String, Object> body = new HashMap<>(productionBody("Api Series renamed"));
        as("SUPERVISOR")
                .header("If-Match", "\"0\"")
                .body(body)
                .put("/api/v1/productions/" + production)
                .then()
                .statusCode(200)
                .body("title", equalTo("Api Series renamed"))
                .body("version", equalTo(1));
        as("SUPERVISOR")
                .header("If-Match", "\"0\"")
                .body(body)
                .put("/api/v1/productions/" + production)
                .then()
                .statusCode(409);
        body.put("budget", "-5");
        as("SUPERVISOR")
                .header("If-Match", "\"1\"")
                .body(body)
                .put("/api/v1/productions/" + production)
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("budget"));
        as("SUPERVISOR")
                .queryParam("version", 1)
                .delete("/api/v1/productions/" + production)
                .then()
                .statusCode(204);
        as("SUPERVISOR").get("/api/v1/productions/" + production).then().statusCode(404);
    }

    @Test
    void optionsAreAddedExercisedAndRemovedWithTheirVersions() {
        long item = team.ownItem();
        Response added = as("SUPERVISOR")
                .body(Map.of(
                        "version",
                        version(item),
                        "description",
                        "Trailer use",
                        "fee",
                        "2500",
                        "exerciseDeadline",
                        LocalDate.now().plusDays(20).toString()))
                .post("/api/v1/clearance-items/" + item + "/options");
        added.then().statusCode(201).body("fee.amount", equalTo("2500.00")).body("exercised", equalTo(false));
        long option = added.jsonPath().getLong("id");
        as("SUPERVISOR")
                .body(Map.of("version", 0, "exercised", true))
                .put("/api/v1/options/" + option)
                .then()
                .statusCode(200)
                .body("exercised", equalTo(true));
        as("SUPERVISOR")
                .queryParam("version", 0)
                .delete("/api/v1/options/" + option)
                .then()
                .statusCode(409);
        as("VIEWER")
                .queryParam("version", 1)
                .delete("/api/v1/options/" + option)
                .then()
                .statusCode(403);
        as("SUPERVISOR")
                .queryParam("version", 1)
                .delete("/api/v1/options/" + option)
                .then()
                .statusCode(204);
        as("SUPERVISOR")
                .queryParam("version", 1)
                .delete("/api/v1/options/" + option)
                .then()
                .statusCode(404);
    }

    @Test
    void theCueListFiltersAndPages() {
        long production = production("Api Many Cues");
        for (String number : List.of("1M10", "1M2", "2M1", "1M1")) {
            as("SUPERVISOR")
                    .body(Map.of(
                            "number",
                            number,
                            "title",
                            "Cue " + number,
                            "origin",
                            number.startsWith("2") ? "SOUNDTRACK" : "SCORE",
                            "usage",
                            "BI"))
                    .post("/api/v1/productions/" + production + "/cues")
                    .then()
                    .statusCode(201);
        }
        as("SUPERVISOR")
                .queryParam("size", 2)
                .get("/api/v1/productions/" + production + "/cues")
                .then()
                .body("items.number", equalTo(List.of("1M1", "1M2")))
                .body("total", equalTo(4));
        as("SUPERVISOR")
                .queryParam("size", 2)
                .queryParam("page", 1)
                .get("/api/v1/productions/" + production + "/cues")
                .then()
                .body("items.number", equalTo(List.of("1M10", "2M1")));
        as("SUPERVISOR")
                .queryParam("origin", "SOUNDTRACK")
                .get("/api/v1/productions/" + production + "/cues")
                .then()
                .body("items.number", equalTo(List.of("2M1")));
        as("SUPERVISOR")
                .queryParam("origin", "JAZZ")
                .get("/api/v1/productions/" + production + "/cues")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("origin"));
        as("SUPERVISOR")
                .body(Map.of("number", "1M1", "title", "Duplicate", "origin", "SCORE"))
                .post("/api/v1/productions/" + production + "/cues")
                .then()
                .statusCode(409)
                .body("errors[0].field", equalTo("number"));
    }

    private long production(String title) {
        return as("SUPERVISOR")
                .body(productionBody(Api.unique(title)))
                .post("/api/v1/productions")
                .then()
                .statusCode(201)
                .extract()
                .jsonPath()
                .getLong("id");
    }

    private static Map<String, Object> productionBody(String title) {
        return Map.of(
                "title",
                title,
                "kind",
                "FEATURE_FILM",
                "runtime",
                "1:45:00",
                "frameRate",
                "24",
                "budget",
                "100000",
                "currency",
                "USD",
                "releasePlan",
                Map.of("media", "ALL_MEDIA", "territories", "WORLD", "termStart", START));
    }

    private static long version(long item) {
        return as("SUPERVISOR")
                .get("/api/v1/clearance-items/" + item)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getLong("version");
    }

    private static void step(long item, String status, Map<String, Object> extra) {
        Map<String, Object> body = new HashMap<>(extra);
        body.put("version", version(item));
        body.put("status", status);
        as("SUPERVISOR")
                .body(body)
                .post("/api/v1/clearance-items/" + item + "/transitions")
                .then()
                .statusCode(200)
                .body("status", equalTo(status));
    }

    private static void terms(long item, String fee, boolean mfn) {
        as("SUPERVISOR")
                .body(Map.of(
                        "version",
                        version(item),
                        "currency",
                        "USD",
                        "mfn",
                        mfn,
                        "granted",
                        Map.of("media", "ALL_MEDIA", "territories", "WORLD", "termStart", START)))
                .put("/api/v1/clearance-items/" + item + "/terms")
                .then()
                .statusCode(200)
                .body("granted.media", equalTo("ALL_MEDIA"));
        assertThat(fee).isNotBlank();
    }
}
