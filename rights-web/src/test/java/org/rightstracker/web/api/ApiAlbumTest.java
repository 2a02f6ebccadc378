package org.rightstracker.web.api;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.startsWith;
import static org.rightstracker.web.api.Api.as;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.rightstracker.web.security.Team;

/** Albums, their tracks and rights, the album checklist, the label copy and the rates through the API. */
@QuarkusTest
class ApiAlbumTest {

    @Inject
    Team teamBuilder;

    Team.Ids team;

    @BeforeEach
    void team() {
        team = teamBuilder.ensure();
    }

    @Test
    void anAlbumIsBuiltTrackByTrackAndItsChecklistFollowsItsRights() {
        JsonPath album = createAlbum(team.ownProduction(), "036000291452");
        long albumId = album.getLong("id");

        JsonPath track = as("SUPERVISOR")
                .body(Map.of("version", album.getLong("version"), "cueId", team.ownCue()))
                .post("/api/v1/albums/" + albumId + "/tracks")
                .then()
                .statusCode(201)
                .body("position", equalTo(1))
                .body("title", equalTo("Opening"))
                .body("rights.kind", equalTo(java.util.List.of("MECHANICAL")))
                .extract()
                .jsonPath();
        long rightId = track.getLong("rights[0].id");

        as("VIEWER")
                .get("/api/v1/albums/" + albumId + "/checklist")
                .then()
                .statusCode(200)
                .body("cleared", equalTo(false))
                .body("trackChecklists[0].lines[0].reason", startsWith("The mechanical licence from Own Publisher"))
                .body("trackChecklists[0].problems.code", hasItem("NO_RECORDING"))
                .body("trackChecklists[0].mechanicalPerUnit", equalTo("0.1240"));

        as("SUPERVISOR")
                .body(Map.of("version", track.getLong("rights[0].version"), "status", "LICENSED"))
                .put("/api/v1/album-rights/" + rightId)
                .then()
                .statusCode(200)
                .body("status", equalTo("LICENSED"));
        as("VIEWER")
                .get("/api/v1/albums/" + albumId + "/checklist")
                .then()
                .statusCode(200)
                .body("trackChecklists[0].lines[0].cleared", equalTo(true));
        as("VIEWER")
                .get("/api/v1/albums/" + albumId + "/label-copy")
                .then()
                .statusCode(200)
                .body("tracks", hasSize(1))
                .body("tracks[0].publishers[0].share", equalTo(100.0f))
                .body("tracks[0].missing", hasItem("no ISRC"));
    }

    @Test
    void aWrongCheckDigitIsA400NamingTheGtin() {
        Map<String, Object> body = new HashMap<>();
        body.put("title", "Bad Code");
        body.put("gtin", "036000291453");
        as("SUPERVISOR")
                .body(body)
                .post("/api/v1/productions/" + team.ownProduction() + "/albums")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("gtin"))
                .body("errors[0].message", equalTo("UPC/EAN 036000291453 has check digit 3; expected 2."));
    }

    @Test
    void aStaleTrackListIsAConflictAndOnlyTheProductionsTeamMayEdit() {
        JsonPath album = createAlbum(team.ownProduction(), null);
        long albumId = album.getLong("id");
        long version = album.getLong("version");
        as("SUPERVISOR")
                .body(Map.of("version", version, "cueId", team.ownCue()))
                .post("/api/v1/albums/" + albumId + "/tracks")
                .then()
                .statusCode(201);

        as("SUPERVISOR")
                .body(Map.of("version", version, "cueId", team.ownCue()))
                .post("/api/v1/albums/" + albumId + "/tracks")
                .then()
                .statusCode(409);
        as("VIEWER")
                .body(Map.of("title", "Not Mine"))
                .post("/api/v1/productions/" + team.ownProduction() + "/albums")
                .then()
                .statusCode(403);
        as("SUPERVISOR")
                .body(Map.of("title", "Not Ours"))
                .post("/api/v1/productions/" + team.otherProduction() + "/albums")
                .then()
                .statusCode(404);
        as("SUPERVISOR")
                .body(Map.of("version", version + 1, "cueId", team.otherCue()))
                .post("/api/v1/albums/" + albumId + "/tracks")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("cueId"));
    }

    @Test
    void ratesAreReadByEveryoneAndChangedOnlyByAnAdministrator() {
        as("VIEWER")
                .get("/api/v1/mechanical-rates")
                .then()
                .statusCode(200)
                .body("name", hasItem("Statutory-style per unit"));
        Map<String, Object> rate = Map.of(
                "name", Api.unique("Label deal"),
                "model", "PER_UNIT",
                "currency", "GBP",
                "unitRate", "0.0900",
                "longSongThreshold", "5:00",
                "perMinuteRate", "0.0180");

        as("SUPERVISOR").body(rate).post("/api/v1/mechanical-rates").then().statusCode(403);
        as("ADMIN")
                .body(rate)
                .post("/api/v1/mechanical-rates")
                .then()
                .statusCode(201)
                .body("unitRate", equalTo("0.0900"))
                .body("longSongThreshold", equalTo("5:00"))
                .body("isDefault", equalTo(false));
    }

    private static JsonPath createAlbum(long production, String gtin) {
        Map<String, Object> body = new HashMap<>();
        body.put("title", Api.unique("Original Soundtrack"));
        body.put("gtin", gtin);
        body.put("pLine", "\u2117 2026 Harbour Records");
        return as("SUPERVISOR")
                .body(body)
                .post("/api/v1/productions/" + production + "/albums")
                .then()
                .statusCode(201)
                .body("mechanicalRateName", equalTo("Statutory-style per unit"))
                .extract()
                .jsonPath();
    }
}
