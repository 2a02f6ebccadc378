package org.rightstracker.web.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.rightstracker.core.cue.Cue;
import org.rightstracker.web.page.PageWorld;
import org.rightstracker.web.security.Role;

/** Score stages, sessions, deliverables and the delivery checklist through the JSON API. */
@QuarkusTest
class ApiScoreTest {

    @Inject
    PageWorld world;

    @Test
    void stagesAreRecordedForwardAndBackWithTheHistoryCountAsVersion() {
        PageWorld.Song song = world.song();
        Cue cue = world.scoreCue(song.production());
        String supervisor = world.user(Role.SUPERVISOR, song.production());

        as(supervisor)
                .body(Map.of("stage", "MOCKUP_SENT", "on", "2026-04-01", "version", 0))
                .post("/api/v1/score-cues/" + cue.id + "/stages")
                .then()
                .statusCode(201)
                .body("current", equalTo("MOCKUP_SENT"))
                .body("version", equalTo(1));
        as(supervisor)
                .body(Map.of("stage", "WRITING", "on", "2026-04-03", "version", 1))
                .post("/api/v1/score-cues/" + cue.id + "/stages")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("reason"));
        as(supervisor)
                .body(Map.of("stage", "WRITING", "on", "2026-04-03", "reason", "Rejected", "version", 0))
                .post("/api/v1/score-cues/" + cue.id + "/stages")
                .then()
                .statusCode(409);
        as(supervisor)
                .header("If-Match", "\"1\"")
                .body(Map.of("stage", "WRITING", "on", "2026-04-03", "reason", "Rejected", "signedBy", "Director"))
                .post("/api/v1/score-cues/" + cue.id + "/stages")
                .then()
                .statusCode(201);

        as(world.user(Role.VIEWER, song.production()))
                .get("/api/v1/score-cues/" + cue.id + "/stages")
                .then()
                .statusCode(200)
                .body("current", equalTo("WRITING"))
                .body("history.stage", contains("MOCKUP_SENT", "WRITING"))
                .body("history[1].reason", equalTo("Rejected"))
                .body("history[1].signedBy", equalTo("Director"));
    }

    @Test
    void aRecordingSessionRecordsItsCuesAndTheOverviewShowsThem() {
        PageWorld.Song song = world.song();
        Cue cue = world.scoreCue(song.production());
        String supervisor = world.user(Role.SUPERVISOR, song.production());

        as(supervisor)
                .body(Map.of(
                        "heldOn", "2026-05-04",
                        "studio", "Air Lyndhurst",
                        "players", 48,
                        "conductor", "Ana Ruiz",
                        "cueIds", List.of(cue.id)))
                .post("/api/v1/productions/" + song.production() + "/score/recording-sessions")
                .then()
                .statusCode(201)
                .body("cueIds", contains(cue.id.intValue()));
        as(supervisor)
                .body(Map.of("heldOn", "2026-05-04", "studio", "Air", "cueIds", List.of(song.cue())))
                .post("/api/v1/productions/" + song.production() + "/score/recording-sessions")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("cueIds[0]"));

        as(supervisor)
                .get("/api/v1/productions/" + song.production() + "/score")
                .then()
                .statusCode(200)
                .body("cues[0].stage", equalTo("RECORDED"))
                .body("cues[0].history[0].recordingSessionId", org.hamcrest.Matchers.notNullValue())
                .body("minutes.recordedSeconds", equalTo(45))
                .body("recordingSessions[0].studio", equalTo("Air Lyndhurst"));
    }

    @Test
    void thePlanAndADeliverableChangeWhatTheDeliveryChecklistSays() {
        PageWorld.Song song = world.song();
        Cue cue = world.scoreCue(song.production());
        String supervisor = world.user(Role.SUPERVISOR, song.production());
        long version = ((Number) as(supervisor)
                        .get("/api/v1/productions/" + song.production() + "/score")
                        .then()
                        .extract()
                        .path("productionVersion"))
                .longValue();

        as(supervisor)
                .body(Map.of("plannedScoreMinutes", 30, "deliverableKinds", List.of("Full score"), "version", version))
                .put("/api/v1/productions/" + song.production() + "/score/plan")
                .then()
                .statusCode(200)
                .body("deliverableKinds", contains("Full score"))
                .body("plannedScoreMinutes", equalTo(30));
        given().auth()
                .preemptive()
                .basic(supervisor, PageWorld.PASSWORD)
                .contentType(ContentType.BINARY)
                .queryParam("kind", "Full score")
                .queryParam("fileName", "1M1.pdf")
                .body("%PDF-1.4 score".getBytes(StandardCharsets.UTF_8))
                .post("/api/v1/score-cues/" + cue.id + "/deliverables")
                .then()
                .statusCode(201)
                .body("kind", equalTo("Full score"));

        as(world.user(Role.VIEWER, song.production()))
                .queryParam("format", "json")
                .get("/api/v1/productions/" + song.production() + "/reports/delivery")
                .then()
                .statusCode(200)
                .body("lines.key", hasItem("score-deliverables"))
                .body("lines.find { it.key == 'score-deliverables' }.status", equalTo("DONE"))
                .body("lines.find { it.key == 'album-label-copy' }.status", equalTo("NOT_NEEDED"));
    }

    @Test
    void aViewerCannotRecordAStageAndAnotherTeamSeesNoScore() {
        PageWorld.Song song = world.song();
        Cue cue = world.scoreCue(song.production());

        as(world.user(Role.VIEWER, song.production()))
                .body(Map.of("stage", "SPOTTED", "version", 0))
                .post("/api/v1/score-cues/" + cue.id + "/stages")
                .then()
                .statusCode(403);
        as(world.user(Role.SUPERVISOR))
                .get("/api/v1/productions/" + song.production() + "/score")
                .then()
                .statusCode(404);
    }

    private static RequestSpecification as(String user) {
        return given().auth()
                .preemptive()
                .basic(user, PageWorld.PASSWORD)
                .contentType(ContentType.JSON)
                .accept(ContentType.JSON);
    }
}
