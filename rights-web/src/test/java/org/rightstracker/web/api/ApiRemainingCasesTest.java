package org.rightstracker.web.api;

import static org.hamcrest.Matchers.equalTo;
import static org.rightstracker.web.api.Api.as;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.rightstracker.web.security.Team;

/** The endpoint cases the journey tests do not reach: cue edits, work deletion, role refusals on updates. */
@QuarkusTest
class ApiRemainingCasesTest {

    @Inject
    Team teamBuilder;

    Team.Ids team;

    @BeforeEach
    void team() {
        team = teamBuilder.ensure();
    }

    @Test
    void aCueIsEditedAndDeletedWithItsVersion() {
        long cue = as("SUPERVISOR")
                .body(Map.of("number", Api.unique("7M").replace(" ", ""), "title", "To edit", "origin", "SCORE"))
                .post("/api/v1/productions/" + team.ownProduction() + "/cues")
                .then()
                .statusCode(201)
                .extract()
                .jsonPath()
                .getLong("id");
        as("SUPERVISOR")
                .header("If-Match", "\"0\"")
                .body(Map.of(
                        "number",
                        "7M99",
                        "title",
                        "Edited",
                        "origin",
                        "SCORE",
                        "timecodeIn",
                        "01:00:20:00",
                        "timecodeOut",
                        "01:00:10:00"))
                .put("/api/v1/cues/" + cue)
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("timecodeOut"));
        as("SUPERVISOR")
                .header("If-Match", "\"0\"")
                .body(Map.of("number", "7M99", "title", "Edited", "origin", "SCORE"))
                .put("/api/v1/cues/" + cue)
                .then()
                .statusCode(200)
                .body("title", equalTo("Edited"))
                .body("version", equalTo(1));
        as("SUPERVISOR")
                .header("If-Match", "\"0\"")
                .body(Map.of("number", "7M99", "title", "Stale", "origin", "SCORE"))
                .put("/api/v1/cues/" + cue)
                .then()
                .statusCode(409);
        as("VIEWER")
                .header("If-Match", "\"1\"")
                .body(Map.of("number", "7M99", "title", "Viewer", "origin", "SCORE"))
                .put("/api/v1/cues/" + cue)
                .then()
                .statusCode(403);
        as("OUTSIDER")
                .header("If-Match", "\"1\"")
                .body(Map.of("number", "7M99", "title", "Outsider", "origin", "SCORE"))
                .put("/api/v1/cues/" + cue)
                .then()
                .statusCode(404);
        as("VIEWER")
                .queryParam("version", 1)
                .delete("/api/v1/cues/" + cue)
                .then()
                .statusCode(403);
        as("SUPERVISOR")
                .queryParam("version", 1)
                .delete("/api/v1/cues/" + cue)
                .then()
                .statusCode(204);
        as("SUPERVISOR")
                .queryParam("version", 1)
                .delete("/api/v1/cues/" + cue)
                .then()
                .statusCode(404);
    }

    @Test
    void aWorkInUseCannotBeDeletedAndAnUnusedOneCan() {
        long unused = as("SUPERVISOR")
                .body(Map.of("title", Api.unique("Unused Song")))
                .post("/api/v1/works")
                .then()
                .statusCode(201)
                .extract()
                .jsonPath()
                .getLong("id");
        as("VIEWER")
                .queryParam("version", 0)
                .delete("/api/v1/works/" + unused)
                .then()
                .statusCode(403);
        as("SUPERVISOR")
                .queryParam("version", 0)
                .delete("/api/v1/works/" + unused)
                .then()
                .statusCode(204);
        as("SUPERVISOR")
                .queryParam("version", 0)
                .delete("/api/v1/works/" + unused)
                .then()
                .statusCode(404);
        long used = as("SUPERVISOR")
                .get("/api/v1/cues/" + team.ownCue())
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getLong("workId");
        long version = as("SUPERVISOR")
                .get("/api/v1/works/" + used)
                .then()
                .extract()
                .jsonPath()
                .getLong("version");
        as("SUPERVISOR")
                .queryParam("version", version)
                .delete("/api/v1/works/" + used)
                .then()
                .statusCode(409);
    }

    @Test
    void updatesAreRefusedToRolesThatOnlyRead() {
        long party = ApiCatalogueTest.party("Read Only Party");
        as("VIEWER")
                .header("If-Match", "\"0\"")
                .body(Map.of("name", "Renamed"))
                .put("/api/v1/parties/" + party)
                .then()
                .statusCode(403);
        as("PRODUCER")
                .header("If-Match", "\"0\"")
                .body(Map.of("name", "Renamed"))
                .put("/api/v1/parties/" + party)
                .then()
                .statusCode(403);
        as("PRODUCER")
                .header("If-Match", "\"0\"")
                .body(Map.of("title", "Renamed"))
                .put("/api/v1/productions/" + team.ownProduction())
                .then()
                .statusCode(403);
        as("VIEWER")
                .body(Map.of("version", 0, "currency", "USD"))
                .put("/api/v1/clearance-items/" + team.ownItem() + "/terms")
                .then()
                .statusCode(403);
    }

    @Test
    void termsAreValidatedFieldByField() {
        // Its own cue and licence: the team's shared licence has a history other tests read.
        long publisher = ApiCatalogueTest.party("Terms Publisher");
        long work = as("SUPERVISOR")
                .body(Map.of(
                        "title",
                        Api.unique("Terms Song"),
                        "publishers",
                        List.of(Map.of("partyId", publisher, "share", "100"))))
                .post("/api/v1/works")
                .then()
                .statusCode(201)
                .extract()
                .jsonPath()
                .getLong("id");
        long cue = as("SUPERVISOR")
                .body(Map.of(
                        "number",
                        Api.unique("8M").replace(" ", ""),
                        "title",
                        "Terms cue",
                        "origin",
                        "SOUNDTRACK",
                        "workId",
                        work))
                .post("/api/v1/productions/" + team.ownProduction() + "/cues")
                .then()
                .statusCode(201)
                .extract()
                .jsonPath()
                .getLong("id");
        long item = as("SUPERVISOR")
                .get("/api/v1/cues/" + cue + "/clearance-items")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getLong("items[0].id");
        long version = as("SUPERVISOR")
                .get("/api/v1/clearance-items/" + item)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getLong("version");
        as("SUPERVISOR")
                .body(Map.of(
                        "version",
                        version,
                        "currency",
                        "XYZ",
                        "quotedFee",
                        "-3",
                        "mfnWaived",
                        true,
                        "granted",
                        Map.of("media", "CINEMA", "termYears", 0)))
                .put("/api/v1/clearance-items/" + item + "/terms")
                .then()
                .statusCode(400)
                .body("errors.field", org.hamcrest.Matchers.hasItems("currency", "media", "termYears", "mfnWaived"));
        as("SUPERVISOR")
                .body(Map.of(
                        "version",
                        version,
                        "currency",
                        "USD",
                        "quotedFee",
                        "1,250.50",
                        "granted",
                        Map.of("media", "THEATRICAL,SVOD", "territories", "WORLD", "excludedTerritories", "CN")))
                .put("/api/v1/clearance-items/" + item + "/terms")
                .then()
                .statusCode(200)
                .body("quotedFee.amount", equalTo("1250.50"))
                .body("granted.excludedTerritories", equalTo("CN"))
                .body("granted.media", equalTo(String.join(",", List.of("THEATRICAL", "SVOD"))));
    }
}
