package org.rightstracker.web.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.rightstracker.web.api.Api.as;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.rightstracker.web.security.Team;

/** POST /api/v1/{parties|works|recordings}/{id}/merge: the merge page's service, for administrators. */
@QuarkusTest
class ApiCatalogueMergeTest {

    @Inject
    Team team;

    @BeforeEach
    void team() {
        team.ensure();
    }

    @Test
    void anAdministratorMergesAPartyAndGetsTheKeptPartyWithTheRowsMoved() {
        long duplicate = party(Api.unique("Éditions Lumière"));
        long kept = party(Api.unique("Editions Lumiere SA"));
        long work = work(Api.unique("Merged Song"), duplicate);

        Response merged = as("ADMIN")
                .body(Map.of("keptId", kept, "version", 0, "keptVersion", 0))
                .post("/api/v1/parties/" + duplicate + "/merge");

        assertThat(merged.statusCode()).as(merged.asString()).isEqualTo(200);
        JsonPath answer = merged.jsonPath();
        assertThat(answer.getLong("kept.id")).isEqualTo(kept);
        // The kept party's version rose, so a form opened before the merge cannot overwrite it.
        assertThat(answer.getLong("kept.version"))
                .isPositive()
                .isEqualTo(
                        as("VIEWER").get("/api/v1/parties/" + kept).jsonPath().getLong("version"));
        assertThat(answer.getLong("mergedId")).isEqualTo(duplicate);
        assertThat(answer.getString("mergedName")).startsWith("Éditions Lumière");
        assertThat(answer.getList("moved.what", String.class)).containsExactly("publisher share");
        assertThat(answer.getList("moved.rows", Integer.class)).containsExactly(1);
        assertThat(as("VIEWER").get("/api/v1/works/" + work).jsonPath().getLong("publishers[0].partyId"))
                .isEqualTo(kept);
        assertThat(as("VIEWER").get("/api/v1/parties/" + duplicate).statusCode())
                .isEqualTo(404);
    }

    @Test
    void onlyAdministratorsMergeAndARefusedMergeMovesNothing() {
        long duplicate = party(Api.unique("Refused Twin"));
        long kept = party(Api.unique("Refused Twin Ltd"));
        long work = work(Api.unique("Refused Song"), duplicate);

        Response refused = as("SUPERVISOR")
                .body(Map.of("keptId", kept, "version", 0, "keptVersion", 0))
                .post("/api/v1/parties/" + duplicate + "/merge");

        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(as("VIEWER").get("/api/v1/works/" + work).jsonPath().getLong("publishers[0].partyId"))
                .isEqualTo(duplicate);
        assertThat(as("VIEWER").get("/api/v1/parties/" + duplicate).statusCode())
                .isEqualTo(200);
    }

    @Test
    void aStaleVersionOfEitherRecordIsAConflict() {
        long duplicate = party(Api.unique("Stale Twin"));
        long kept = party(Api.unique("Stale Twin Ltd"));

        Response staleMerged = as("ADMIN")
                .header("If-Match", "\"4\"")
                .body(Map.of("keptId", kept, "keptVersion", 0))
                .post("/api/v1/parties/" + duplicate + "/merge");
        Response staleKept = as("ADMIN")
                .body(Map.of("keptId", kept, "version", 0, "keptVersion", 3))
                .post("/api/v1/parties/" + duplicate + "/merge");

        assertThat(staleMerged.statusCode()).isEqualTo(409);
        assertThat(staleKept.statusCode()).isEqualTo(409);
        assertThat(as("VIEWER").get("/api/v1/parties/" + duplicate).statusCode())
                .isEqualTo(200);
    }

    @Test
    void badInputIsRefusedNamingTheField() {
        long duplicate = party(Api.unique("Odd Twin"));
        long kept = party(Api.unique("Odd Twin Ltd"));

        Map<String, Object> noKept = new HashMap<>(Map.of("version", 0, "keptVersion", 0));
        assertRefused(noKept, duplicate, "keptId");
        assertRefused(Map.of("keptId", duplicate, "version", 0, "keptVersion", 0), duplicate, "keptId");
        assertRefused(Map.of("keptId", 999_999_999L, "version", 0, "keptVersion", 0), duplicate, "keptId");
        assertRefused(Map.of("keptId", kept, "version", 0), duplicate, "keptVersion");
        assertRefused(Map.of("keptId", kept, "keptVersion", 0), duplicate, "version");
        assertThat(as("ADMIN")
                        .body(Map.of("keptId", kept, "version", 0, "keptVersion", 0))
                        .post("/api/v1/parties/999999999/merge")
                        .statusCode())
                .isEqualTo(404);
    }

    @Test
    void worksAndRecordingsMergeThroughTheirOwnAddressesWithIfMatch() {
        long writer = party(Api.unique("Merge Writer"));
        long twinWork = work(Api.unique("Twin Work"), writer);
        long keptWork = work(Api.unique("Kept Work"), writer);
        long twinRecording = recording(Api.unique("Twin Take"), twinWork);
        long keptRecording = recording(Api.unique("Kept Take"), keptWork);

        Response recordings = as("ADMIN")
                .header("If-Match", "\"0\"")
                .body(Map.of("keptId", keptRecording, "keptVersion", 0))
                .post("/api/v1/recordings/" + twinRecording + "/merge");
        Response works = as("ADMIN")
                .header("If-Match", "\"0\"")
                .body(Map.of("keptId", keptWork, "keptVersion", 0))
                .post("/api/v1/works/" + twinWork + "/merge");

        // Two recordings of different works are refused until their works are one.
        assertThat(recordings.statusCode()).isEqualTo(400);
        assertThat(works.statusCode()).as(works.asString()).isEqualTo(200);
        assertThat(works.jsonPath().getList("kept.alternateTitles", String.class))
                .anyMatch(t -> t.startsWith("Twin Work"));
        assertThat(works.jsonPath().getList("moved.what", String.class)).contains("recording");
        long keptVersion = as("VIEWER")
                .get("/api/v1/recordings/" + keptRecording)
                .jsonPath()
                .getLong("version");
        Response again = as("ADMIN")
                .header(
                        "If-Match",
                        "\""
                                + as("VIEWER")
                                        .get("/api/v1/recordings/" + twinRecording)
                                        .jsonPath()
                                        .getLong("version") + "\"")
                .body(Map.of("keptId", keptRecording, "keptVersion", keptVersion))
                .post("/api/v1/recordings/" + twinRecording + "/merge");
        assertThat(again.statusCode()).as(again.asString()).isEqualTo(200);
        assertThat(again.jsonPath().getLong("kept.id")).isEqualTo(keptRecording);
    }

    private static void assertRefused(Map<String, Object> body, long id, String field) {
        Response refused = as("ADMIN").body(body).post("/api/v1/parties/" + id + "/merge");
        assertThat(refused.statusCode()).as(field + ": " + refused.asString()).isEqualTo(400);
        assertThat(refused.jsonPath().getList("errors.field", String.class)).contains(field);
    }

    private static long party(String name) {
        return as("SUPERVISOR")
                .body(Map.of("name", name, "kind", "ORGANISATION", "roles", List.of("PUBLISHER")))
                .post("/api/v1/parties")
                .then()
                .statusCode(201)
                .extract()
                .jsonPath()
                .getLong("id");
    }

    private static long work(String title, long publisher) {
        return as("SUPERVISOR")
                .body(Map.of(
                        "title",
                        title,
                        "publishers",
                        List.of(Map.of("partyId", publisher, "share", "100", "role", "ORIGINAL_PUBLISHER"))))
                .post("/api/v1/works")
                .then()
                .statusCode(201)
                .extract()
                .jsonPath()
                .getLong("id");
    }

    private static long recording(String title, long work) {
        return as("SUPERVISOR")
                .body(Map.of("title", title, "workId", work))
                .post("/api/v1/recordings")
                .then()
                .statusCode(201)
                .extract()
                .jsonPath()
                .getLong("id");
    }
}
