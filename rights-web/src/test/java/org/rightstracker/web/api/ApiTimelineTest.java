package org.rightstracker.web.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.rightstracker.web.page.PageWorld;
import org.rightstracker.web.security.Role;

/** A licence's timeline through the API: steps and follow-ups as records, and the quote step with MFN. */
@QuarkusTest
class ApiTimelineTest {

    @Inject
    PageWorld world;

    @Test
    void stepsAndFollowUpsAreListedNewestFirstPagedAndTheNotesStayEmpty() {
        PageWorld.Song song = world.song();
        long item = world.item(song.cue(), song.publisherA()).id;
        String supervisor = world.user(Role.SUPERVISOR, song.production());
        as(supervisor)
                .body(transition(item, "REQUESTED", Map.of("on", "2026-03-01", "note", "sent by e-mail")))
                .post("/api/v1/clearance-items/" + item + "/transitions")
                .then()
                .statusCode(200)
                .body("notes", nullValue());

        as(supervisor)
                .body(Map.of("on", "2026-03-09", "channel", "EMAIL", "note", "Chased", "nextFollowUpOn", "2026-03-16"))
                .post("/api/v1/clearance-items/" + item + "/follow-ups")
                .then()
                .statusCode(201)
                .header("Location", org.hamcrest.Matchers.endsWith("/api/v1/clearance-items/" + item + "/timeline"))
                .body("kind", equalTo("FOLLOW_UP"))
                .body("channel", equalTo("EMAIL"));

        String viewer = world.user(Role.VIEWER, song.production());
        as(viewer)
                .queryParam("size", 1)
                .get("/api/v1/clearance-items/" + item + "/timeline")
                .then()
                .statusCode(200)
                .body("total", equalTo(2))
                .body("items.size()", equalTo(1))
                .body("items[0].kind", equalTo("FOLLOW_UP"))
                .body("items[0].on", equalTo("2026-03-09"))
                .body("items[0].nextFollowUpOn", equalTo("2026-03-16"))
                .body("items[0].note", equalTo("Chased"))
                .body("items[0].username", equalTo(supervisor))
                .body("items[0].displayName", equalTo("Page Music supervisor"));
        as(viewer)
                .queryParam("size", 1)
                .queryParam("page", 1)
                .get("/api/v1/clearance-items/" + item + "/timeline")
                .then()
                .statusCode(200)
                .body("items[0].kind", equalTo("STEP"))
                .body("items[0].status", equalTo("REQUESTED"))
                .body("items[0].note", equalTo("sent by e-mail"))
                .body("items[0].recordedAt", org.hamcrest.Matchers.notNullValue());
        as(viewer)
                .queryParam("size", 0)
                .get("/api/v1/clearance-items/" + item + "/timeline")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("size"));
    }

    @Test
    void theQuoteTransitionRecordsMfnAndExpiryAndRefusesMfnWaivedAlone() {
        PageWorld.Song song = world.song();
        long item = world.item(song.cue(), song.label()).id;
        String supervisor = world.user(Role.SUPERVISOR, song.production());
        as(supervisor)
                .body(transition(item, "REQUESTED", Map.of("mfn", true)))
                .post("/api/v1/clearance-items/" + item + "/transitions")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("mfn"));
        as(supervisor)
                .body(transition(item, "REQUESTED", Map.of()))
                .post("/api/v1/clearance-items/" + item + "/transitions")
                .then()
                .statusCode(200);
        as(supervisor)
                .body(transition(item, "QUOTED", Map.of("quotedFee", "12000", "mfn", false, "mfnWaived", true)))
                .post("/api/v1/clearance-items/" + item + "/transitions")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("mfnWaived"));

        as(supervisor)
                .body(transition(
                        item,
                        "QUOTED",
                        Map.of("quotedFee", "12000", "currency", "USD", "mfn", true, "quoteExpiresOn", "2026-05-31")))
                .post("/api/v1/clearance-items/" + item + "/transitions")
                .then()
                .statusCode(200)
                .body("status", equalTo("QUOTED"))
                .body("quotedFee.amount", equalTo("12000.00"))
                .body("mfn", equalTo(true))
                .body("mfnWaived", equalTo(false))
                .body("quoteExpiresOn", equalTo("2026-05-31"));
    }

    @Test
    void badFollowUpsAndOverLongNotesAre400sNamingTheFieldAndOnlyTheTeamsEditorsWrite() {
        PageWorld.Song song = world.song();
        long item = world.item(song.cue(), song.publisherB()).id;
        String supervisor = world.user(Role.SUPERVISOR, song.production());
        String tooLong = "n".repeat(4001);

        as(supervisor)
                .body(Map.of("note", "no channel"))
                .post("/api/v1/clearance-items/" + item + "/follow-ups")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("channel"));
        as(supervisor)
                .body(Map.of("channel", "FAX"))
                .post("/api/v1/clearance-items/" + item + "/follow-ups")
                .then()
                .statusCode(400);
        as(supervisor)
                .body(Map.of("channel", "PHONE", "note", tooLong))
                .post("/api/v1/clearance-items/" + item + "/follow-ups")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("note"));
        as(supervisor)
                .body(transition(item, "REQUESTED", Map.of("note", tooLong)))
                .post("/api/v1/clearance-items/" + item + "/transitions")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("note"));
        as(world.user(Role.VIEWER, song.production()))
                .body(Map.of("channel", "PHONE"))
                .post("/api/v1/clearance-items/" + item + "/follow-ups")
                .then()
                .statusCode(403);
        as(world.user(Role.SUPERVISOR))
                .get("/api/v1/clearance-items/" + item + "/timeline")
                .then()
                .statusCode(404);

        List<?> timeline = as(supervisor)
                .get("/api/v1/clearance-items/" + item + "/timeline")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getList("items");
        assertThat(timeline).isEmpty();
        assertThat(world.item(song.cue(), song.publisherB()).status.name()).isEqualTo("NOT_REQUESTED");
    }

    private Map<String, Object> transition(long item, String status, Map<String, Object> extra) {
        Map<String, Object> body = new HashMap<>();
        body.put("version", world.version(item));
        body.put("status", status);
        body.putAll(extra);
        return body;
    }

    private static RequestSpecification as(String user) {
        return given().auth()
                .preemptive()
                .basic(user, PageWorld.PASSWORD)
                .contentType(ContentType.JSON)
                .accept(ContentType.JSON);
    }
}
