package org.rightstracker.web.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.rightstracker.core.licence.LicenceStatus;
import org.rightstracker.web.page.PageWorld;
import org.rightstracker.web.security.Role;

@QuarkusTest
class ApiBulkTransitionsTest {

    @Inject
    PageWorld world;

    @Test
    void bulkTransitionsMoveTheCurrentLicencesAndListTheOthersWithTheirReasons() {
        PageWorld.Song song = world.song();
        long a = world.item(song.cue(), song.publisherA()).id;
        long b = world.item(song.cue(), song.publisherB()).id;
        long label = world.item(song.cue(), song.label()).id;
        RequestSpecification supervisor = as(world.user(Role.SUPERVISOR, song.production()));

        JsonPath result = supervisor
                .body(Map.of(
                        "status",
                        "REQUESTED",
                        "on",
                        "2026-03-02",
                        "items",
                        List.of(
                                Map.of("itemId", a, "version", world.version(a)),
                                Map.of("itemId", b, "version", world.version(b) + 7),
                                Map.of("itemId", label, "version", world.version(label)))))
                .post("/api/v1/clearance-items/bulk-transitions")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();

        assertThat(result.getString("status")).isEqualTo("REQUESTED");
        assertThat(result.getList("moved.itemId", Long.class)).containsExactly(a, label);
        assertThat(result.getList("notMoved.itemId", Long.class)).containsExactly(b);
        assertThat(result.getString("notMoved[0].reason")).startsWith("Changed by someone else");
        assertThat(result.getString("notMoved[0].was")).isEqualTo("NOT_REQUESTED");
        assertThat(world.item(song.cue(), song.publisherA()).status).isEqualTo(LicenceStatus.REQUESTED);
        assertThat(world.item(song.cue(), song.publisherB()).status).isEqualTo(LicenceStatus.NOT_REQUESTED);
    }

    @Test
    void aMissingVersionIsA400NamingTheEntryAndNothingMoves() {
        PageWorld.Song song = world.song();
        long a = world.item(song.cue(), song.publisherA()).id;
        long b = world.item(song.cue(), song.publisherB()).id;
        Map<String, Object> withoutVersion = new HashMap<>();
        withoutVersion.put("itemId", b);

        String body = as(world.user(Role.SUPERVISOR, song.production()))
                .body(Map.of(
                        "status",
                        "REQUESTED",
                        "items",
                        List.of(Map.of("itemId", a, "version", world.version(a)), withoutVersion)))
                .post("/api/v1/clearance-items/bulk-transitions")
                .then()
                .statusCode(400)
                .extract()
                .asString();

        assertThat(body).contains("items[1].version");
        assertThat(world.item(song.cue(), song.publisherA()).status).isEqualTo(LicenceStatus.NOT_REQUESTED);
    }

    @Test
    void anotherTeamsLicenceIsRefusedLikeAnUnknownOneAndAViewerIsRefused() {
        PageWorld.Song song = world.song();
        long a = world.item(song.cue(), song.publisherA()).id;
        Map<String, Object> body =
                Map.of("status", "REQUESTED", "items", List.of(Map.of("itemId", a, "version", world.version(a))));

        String outsider = as(world.user(Role.SUPERVISOR))
                .body(body)
                .post("/api/v1/clearance-items/bulk-transitions")
                .then()
                .statusCode(400)
                .extract()
                .asString();
        assertThat(outsider).contains("items[0].itemId").contains("There is no licence " + a + ".");

        as(world.user(Role.VIEWER, song.production()))
                .body(body)
                .post("/api/v1/clearance-items/bulk-transitions")
                .then()
                .statusCode(403);
        assertThat(world.item(song.cue(), song.publisherA()).status).isEqualTo(LicenceStatus.NOT_REQUESTED);
    }

    private static RequestSpecification as(String user) {
        return given().auth()
                .preemptive()
                .basic(user, PageWorld.PASSWORD)
                .contentType(ContentType.JSON)
                .accept(ContentType.JSON);
    }
}
