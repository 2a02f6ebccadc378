package org.rightstracker.web.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rightstracker.web.testing.RunningServer;
import org.rightstracker.web.testing.TestDatabase;

/**
 * Two instances of the packaged application on one PostgreSQL database, as behind a load balancer:
 * a session signed in on one is good on the other, edits made through either are seen by both, a
 * licence edited through both at once ends in one success and one conflict, and the scheduled jobs,
 * ticking every two seconds on both, run exactly once per tick.
 */
class ClusterPostgresIT {

    static final Duration START = Duration.ofSeconds(120);
    static final String ADMIN = "admin";
    static final String PASSWORD = "cluster-admin-1";
    static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dataA;

    @TempDir
    Path dataB;

    @Test
    void twoInstancesShareSessionsEditsAndScheduleWithoutDoubleRunsOrLostEdits() throws Exception {
        TestDatabase database = TestDatabase.fresh(dataA);
        Map<String, String> environment = new HashMap<>(database.environment());
        environment.put("RIGHTS_DEMO_DATA", "true");
        environment.put("RIGHTS_ADMIN_PASSWORD", PASSWORD);
        environment.put("RIGHTS_SESSION_KEY", "one-key-for-every-instance-of-this-test");
        environment.put("RIGHTS_SCHEDULE_ALERT_DIGEST", "*/2 * * * * ?");
        environment.put("RIGHTS_SCHEDULE_EXPIRY_MARKING", "*/2 * * * * ?");
        Map<String, String> environmentA = new HashMap<>(environment);
        environmentA.put("RIGHTS_INSTANCE_NAME", "instance-a");
        Map<String, String> environmentB = new HashMap<>(environment);
        environmentB.put("RIGHTS_INSTANCE_NAME", "instance-b");
        environmentB.put("RIGHTS_DATA_DIR", dataB.toString());

        try (RunningServer a = RunningServer.start(RunningServer.freePort(), environmentA)) {
            assertThat(a.awaitReady(START)).as(a.output()).isTrue();
            try (RunningServer b = RunningServer.start(RunningServer.freePort(), environmentB)) {
                assertThat(b.awaitReady(START)).as(b.output()).isTrue();
                Instant bothUp = Instant.now();
                assertThat(b.output()).doesNotContain("Loaded demo data");

                // A session made on one instance is good on the other.
                String session = a.signIn("supervisor", "supervisor-demo1");
                HttpResponse<String> dashboardOnB = b.getWithCookie("/", session);
                assertThat(dashboardOnB.statusCode()).isEqualTo(200);
                assertThat(dashboardOnB.body()).contains("Northern Lights Over Harrow");

                // Edits through either are seen by both.
                JsonNode created = body(
                        a.send(
                                "POST",
                                "/api/v1/parties",
                                ADMIN,
                                PASSWORD,
                                "application/json",
                                "{\"name\":\"Made on A\",\"kind\":\"ORGANISATION\",\"roles\":[\"PUBLISHER\"]}"),
                        201);
                long party = created.get("id").asLong();
                JsonNode seenOnB = body(b.get("/api/v1/parties/" + party, ADMIN, PASSWORD), 200);
                assertThat(seenOnB.get("name").asText()).isEqualTo("Made on A");
                body(
                        b.send(
                                "PUT",
                                "/api/v1/parties/" + party,
                                ADMIN,
                                PASSWORD,
                                "application/json",
                                "{\"version\":" + seenOnB.get("version").asLong()
                                        + ",\"name\":\"Renamed on B\",\"kind\":\"ORGANISATION\",\"roles\":[\"PUBLISHER\"]}"),
                        200);
                assertThat(body(a.get("/api/v1/parties/" + party, ADMIN, PASSWORD), 200)
                                .get("name")
                                .asText())
                        .isEqualTo("Renamed on B");

                // One licence, edited through both instances at once from the same version.
                JsonNode item = firstClearanceItem(a);
                long itemId = item.get("id").asLong();
                long version = item.get("version").asLong();
                CompletableFuture<HttpResponse<String>> throughA =
                        CompletableFuture.supplyAsync(() -> editTerms(a, itemId, version, "through A"));
                CompletableFuture<HttpResponse<String>> throughB =
                        CompletableFuture.supplyAsync(() -> editTerms(b, itemId, version, "through B"));
                List<Integer> statuses =
                        List.of(throughA.join().statusCode(), throughB.join().statusCode());
                assertThat(statuses)
                        .as(
                                "A: %s%nB: %s",
                                throughA.join().body(), throughB.join().body())
                        .containsExactlyInAnyOrder(200, 409);
                String winner = throughA.join().statusCode() == 200 ? "through A" : "through B";
                assertThat(body(a.get("/api/v1/clearance-items/" + itemId, ADMIN, PASSWORD), 200)
                                .get("notes")
                                .asText())
                        .isEqualTo(winner);

                // Scheduled work: let both instances tick for a while.
                Thread.sleep(Duration.ofSeconds(12).toMillis());
                assertScheduledWorkRanOncePerTick(database, bothUp);
                assertThat(a.output() + b.output()).doesNotContain("failed and changed nothing");
            }
        }
    }

    private void assertScheduledWorkRanOncePerTick(TestDatabase database, Instant bothUp) throws Exception {
        try (Connection connection = database.connect();
                Statement statement = connection.createStatement()) {
            for (String job : List.of("alert-digest", "expiry-marking")) {
                List<OffsetDateTime> ticks = new ArrayList<>();
                List<String> instances = new ArrayList<>();
                try (ResultSet rows = statement.executeQuery(
                        "select tick, instance from job_run where job = '" + job + "' order by tick")) {
                    while (rows.next()) {
                        ticks.add(rows.getObject(1, OffsetDateTime.class));
                        instances.add(rows.getString(2));
                    }
                }
                List<OffsetDateTime> sinceBothUp = ticks.stream()
                        .filter(t -> t.toInstant().isAfter(bothUp.plusSeconds(2)))
                        .toList();
                assertThat(sinceBothUp).as(job + " ticks while both ran").hasSizeGreaterThanOrEqualTo(4);
                for (int i = 1; i < sinceBothUp.size(); i++) {
                    assertThat(Duration.between(sinceBothUp.get(i - 1), sinceBothUp.get(i)))
                            .as(job + ": every two-second tick ran, none twice: " + ticks)
                            .isEqualTo(Duration.ofSeconds(2));
                }
                assertThat(instances).allMatch(i -> i.equals("instance-a") || i.equals("instance-b"));
            }
            try (ResultSet twice = statement.executeQuery(
                    "select user_id, tick, count(*) from alert_digest group by user_id, tick having count(*) > 1")) {
                assertThat(twice.next()).as("a user digested twice in one tick").isFalse();
            }
            try (ResultSet orphans = statement.executeQuery("select count(*) from alert_digest d where not exists"
                    + " (select 1 from job_run j where j.job = 'alert-digest' and j.tick = d.tick)")) {
                orphans.next();
                assertThat(orphans.getLong(1))
                        .as("digests without their tick in the ledger")
                        .isZero();
            }
            try (PreparedStatement silent = connection.prepareStatement("select count(*) from job_run j"
                    + " where j.job = 'alert-digest' and j.tick > ? and not exists"
                    + " (select 1 from alert_digest d where d.tick = j.tick)")) {
                silent.setObject(1, OffsetDateTime.ofInstant(bothUp, ZoneOffset.UTC));
                try (ResultSet rows = silent.executeQuery()) {
                    rows.next();
                    assertThat(rows.getLong(1))
                            .as("ticks of the demo's running time without a digest")
                            .isZero();
                }
            }
        }
    }

    private static JsonNode firstClearanceItem(RunningServer server) throws Exception {
        JsonNode productions = body(server.get("/api/v1/productions?size=200", ADMIN, PASSWORD), 200);
        // The demo's series episodes come first by title and are mostly cleared: look through them all.
        for (JsonNode listed : productions.get("items")) {
            long production = listed.get("id").asLong();
            JsonNode cues =
                    body(server.get("/api/v1/productions/" + production + "/cues?size=200", ADMIN, PASSWORD), 200);
            for (JsonNode cue : cues.get("items")) {
                JsonNode items = body(
                        server.get("/api/v1/cues/" + cue.get("id").asLong() + "/clearance-items", ADMIN, PASSWORD),
                        200);
                for (JsonNode item : items.isArray() ? items : items.get("items")) {
                    if (item.get("status").asText().equals("QUOTED")
                            || item.get("status").asText().equals("REQUESTED")) {
                        return item;
                    }
                }
            }
        }
        throw new AssertionError("the demo has no requested or quoted licence");
    }

    private static HttpResponse<String> editTerms(RunningServer server, long itemId, long version, String notes) {
        try {
            return server.send(
                    "PUT",
                    "/api/v1/clearance-items/" + itemId + "/terms",
                    ADMIN,
                    PASSWORD,
                    "application/json",
                    "{\"version\":" + version + ",\"currency\":\"USD\",\"quotedFee\":\"4000\",\"notes\":\"" + notes
                            + "\"}");
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static JsonNode body(HttpResponse<String> response, int status) throws Exception {
        assertThat(response.statusCode())
                .as(response.uri() + ": " + response.body())
                .isEqualTo(status);
        return JSON.readTree(response.body());
    }
}
