package org.rightstracker.web.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.nullValue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.rightstracker.web.page.PageWorld;
import org.rightstracker.web.security.Role;

/** Partial updates by JSON Merge Patch (RFC 7396), and PUT staying a full replacement. */
@QuarkusTest
class ApiMergePatchTest {

    static final String MERGE_PATCH = "application/merge-patch+json";

    @Inject
    PageWorld world;

    PageWorld.Song song;
    String supervisor;
    long item;

    @BeforeEach
    void aLicenceWithTerms() {
        song = world.song();
        supervisor = world.user(Role.SUPERVISOR, song.production());
        item = world.item(song.cue(), song.publisherA()).id;
        Map<String, Object> terms = new HashMap<>();
        terms.put("version", version());
        terms.put("currency", "USD");
        terms.put("quotedFee", "5000");
        terms.put("notes", "Asked for the festival rate");
        terms.put("granted", Map.of("media", "ALL_MEDIA", "territories", "WORLD", "termStart", "2026-01-01"));
        json().body(terms).put(termsPath()).then().statusCode(200);
    }

    @Test
    void patchingOnlyMfnKeepsTheFeeTheNotesAndTheScope() {
        patch("{\"version\": " + version() + ", \"mfn\": true}")
                .patch(termsPath())
                .then()
                .statusCode(200)
                .body("mfn", equalTo(true))
                .body("quotedFee.amount", equalTo("5000.00"))
                .body("notes", equalTo("Asked for the festival rate"))
                .body("granted.media", equalTo("ALL_MEDIA"))
                .body("granted.territories", equalTo("WORLD"));
    }

    @Test
    void nullClearsAMemberAndNestedObjectsMergeMemberByMember() {
        patch("{\"notes\": null, \"granted\": {\"territories\": \"EU\"}}")
                .header("If-Match", "\"" + version() + "\"")
                .patch(termsPath())
                .then()
                .statusCode(200)
                .body("notes", nullValue())
                .body("quotedFee.amount", equalTo("5000.00"))
                .body("granted.territories", equalTo("EU"))
                .body("granted.media", equalTo("ALL_MEDIA"))
                .body("granted.termStart", equalTo("2026-01-01"));
    }

    @Test
    void aPatchFromAStaleReadIsAConflictAndChangesNothing() {
        long read = version();
        patch("{\"version\": " + read + ", \"notes\": \"first\"}")
                .patch(termsPath())
                .then()
                .statusCode(200);

        patch("{\"version\": " + read + ", \"mfn\": true}")
                .patch(termsPath())
                .then()
                .statusCode(409)
                .contentType("application/problem+json");
        json().get(itemPath()).then().body("mfn", equalTo(false)).body("notes", equalTo("first"));
    }

    @Test
    void aValueOfTheWrongTypeIsA400NamingTheField() {
        patch("{\"version\": " + version() + ", \"mfn\": \"maybe\"}")
                .patch(termsPath())
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("mfn"));
        patch("{\"version\": " + version() + ", \"granted\": {\"termYears\": \"ten\"}}")
                .patch(termsPath())
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("granted.termYears"));
    }

    @Test
    void unknownMembersAreA400NamingEachOfThem() {
        patch("{\"version\": " + version() + ", \"fee\": 1, \"granted\": {\"planet\": \"Mars\"}}")
                .patch(termsPath())
                .then()
                .statusCode(400)
                .body("errors.field", hasItems("fee", "granted.planet"))
                .body("errors[0].message", containsString("known members: version, currency"));
    }

    @Test
    void aMalformedPatchOrOneWithoutAVersionIsA400() {
        patch("{\"version\": 1, \"mfn\": tru").patch(termsPath()).then().statusCode(400);
        patch("[{\"op\": \"replace\", \"path\": \"/mfn\", \"value\": true}]")
                .patch(termsPath())
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("body"));
        patch("{\"mfn\": true}").patch(termsPath()).then().statusCode(400).body("errors[0].field", equalTo("version"));
        json().get(itemPath()).then().body("mfn", equalTo(false));
    }

    @Test
    void putStaysAFullReplacementSoAPartialBodyClearsWhatItLeavesOut() {
        json().body(Map.of("version", version(), "mfn", true))
                .put(termsPath())
                .then()
                .statusCode(200)
                .body("mfn", equalTo(true))
                .body("quotedFee", nullValue())
                .body("notes", nullValue());
    }

    @Test
    void cuesAndProductionsTakeMergePatchesToo() {
        long cueVersion = json().get("/api/v1/cues/" + song.cue()).jsonPath().getLong("version");
        patch("{\"version\": " + cueVersion + ", \"moods\": \"tense, nocturnal\"}")
                .patch("/api/v1/cues/" + song.cue())
                .then()
                .statusCode(200)
                .body("moods", equalTo("tense, nocturnal"))
                .body("title", equalTo("Cue " + song.tag()))
                .body("recordingId", equalTo((int) song.recording()));

        long productionVersion = json().get("/api/v1/productions/" + song.production())
                .jsonPath()
                .getLong("version");
        patch("{\"version\": " + productionVersion + ", \"budget\": \"150000\", \"releasePlan\": {\"territories\":"
                        + " \"US\"}}")
                .patch("/api/v1/productions/" + song.production())
                .then()
                .statusCode(200)
                .body("budget.amount", equalTo("150000.00"))
                .body("releasePlan.territories", equalTo("US"))
                .body("releasePlan.media", equalTo("ALL_MEDIA"))
                .body("title", equalTo(song.productionTitle()));
    }

    @Test
    void theOpenApiDocumentDescribesPatchAndSaysPutReplaces() throws Exception {
        String document = given().auth()
                .preemptive()
                .basic(supervisor, PageWorld.PASSWORD)
                .queryParam("format", "json")
                .get("/q/openapi")
                .then()
                .statusCode(200)
                .extract()
                .asString();
        JsonNode terms = new ObjectMapper().readTree(document).path("paths").path("/api/v1/clearance-items/{id}/terms");

        assertThat(terms.path("put").path("description").asText()).contains("Full replacement");
        JsonNode patch = terms.path("patch");
        assertThat(patch.path("summary").asText()).isNotBlank();
        JsonNode body = patch.path("requestBody").path("content").path(MERGE_PATCH);
        assertThat(body.isMissingNode()).as("a merge-patch request body").isFalse();
        assertThat(body.path("examples").toString()).contains("mfn");
    }

    private long version() {
        return json().get(itemPath()).jsonPath().getLong("version");
    }

    private String itemPath() {
        return "/api/v1/clearance-items/" + item;
    }

    private String termsPath() {
        return itemPath() + "/terms";
    }

    private RequestSpecification json() {
        return given().auth()
                .preemptive()
                .basic(supervisor, PageWorld.PASSWORD)
                .contentType(ContentType.JSON)
                .accept(ContentType.JSON);
    }

    private RequestSpecification patch(String body) {
        return given().auth()
                .preemptive()
                .basic(supervisor, PageWorld.PASSWORD)
                .contentType(MERGE_PATCH)
                .accept(ContentType.JSON)
                .body(body);
    }
}
