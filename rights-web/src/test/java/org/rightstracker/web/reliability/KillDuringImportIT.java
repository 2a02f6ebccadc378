package org.rightstracker.web.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rightstracker.web.testing.RunningServer;
import org.rightstracker.web.testing.TestDatabase;

/**
 * SIGKILL in the middle of a large import, three times over, on the database the application was
 * built for (H2 file mode in the default build, PostgreSQL under scripts/with-postgres): after each
 * restart the killed import has left no trace, and everything committed before each kill is there,
 * down to a change committed the instant before the kill.
 */
class KillDuringImportIT {

    static final Duration START = Duration.ofSeconds(120);
    static final String ADMIN = "admin";
    static final String PASSWORD = "kill-test-admin-1";
    static final int ROUNDS = 3;
    static final int ROWS = 3_000;

    static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dataDir;

    @Test
    void aKilledImportLeavesNoTraceAndEveryEarlierCommitSurvives() throws Exception {
        TestDatabase database = TestDatabase.fresh(dataDir);
        Map<String, String> environment = new HashMap<>(database.environment());
        environment.put("RIGHTS_DEMO_DATA", "true");
        environment.put("RIGHTS_ADMIN_PASSWORD", PASSWORD);
        int port = RunningServer.freePort();
        Random random = new Random(8);
        List<String> committed = new ArrayList<>();
        long production = -1;
        int cuesBefore = -1;

        for (int round = 1; round <= ROUNDS + 1; round++) {
            try (RunningServer server = RunningServer.start(port, environment)) {
                assertThat(server.awaitReady(START)).as(server.output()).isTrue();
                if (production < 0) {
                    production = demoEpisode(server);
                    cuesBefore = cueCount(server, production);
                }
                for (String name : committed) {
                    // The search matches words in any order ("Committed before kill 1" also finds "Committed
                    // just before kill 1"): count the party of exactly this name.
                    JsonNode found = json(server, "/api/v1/parties?size=100&q=" + name.replace(" ", "+"))
                            .get("items");
                    long named = 0;
                    for (JsonNode party : found) {
                        named += party.get("name").asText().equals(name) ? 1 : 0;
                    }
                    assertThat(named)
                            .as("'%s' was committed before a kill", name)
                            .isEqualTo(1);
                }
                assertThat(cueCount(server, production))
                        .as("no cue of a killed import")
                        .isEqualTo(cuesBefore);
                assertThat(json(server, "/api/v1/parties?q=Kill+Writer")
                                .get("total")
                                .asLong())
                        .as("no party of a killed import")
                        .isZero();
                if (round > ROUNDS) {
                    break;
                }

                String name = "Committed before kill " + round;
                HttpResponse<String> created = createParty(server, name);
                assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
                committed.add(name);

                String file = "kill-round-" + round + ".csv";
                CompletableFuture<HttpResponse<String>> importing = postAsync(
                        server,
                        "/api/v1/imports/cue-list?production=" + production + "&fileName=" + file,
                        cueList(round));
                boolean started = server.awaitOutput("Cue-list import of " + file, Duration.ofSeconds(60));
                assertThat(started)
                        .as("the import started; answer so far: %s; log:%n%s", answer(importing), server.output())
                        .isTrue();
                Thread.sleep(300 + random.nextInt(1200));
                String lastWord = "Committed just before kill " + round;
                assertThat(createParty(server, lastWord).statusCode()).isEqualTo(201);
                server.kill();
                committed.add(lastWord);
                assertThat(importing)
                        .as("the import was still running when the server was killed")
                        .failsWithin(Duration.ofSeconds(30));
                assertThat(server.output()).doesNotContain("Cue-list import of " + file + " committed");
            }
        }
    }

    private static HttpResponse<String> createParty(RunningServer server, String name) throws Exception {
        return server.send(
                "POST",
                "/api/v1/parties",
                ADMIN,
                PASSWORD,
                "application/json",
                "{\"name\":\"" + name + "\",\"kind\":\"ORGANISATION\",\"roles\":[\"PUBLISHER\"]}");
    }

    /** Cue rows that each create a writer, two publishers' shares, a label, a work, a recording and a cue. */
    static String cueList(int round) {
        StringBuilder csv =
                new StringBuilder("Cue number,Title,Usage,Origin,Duration,Artist,Writers,Publishers,Master owners\n");
        for (int i = 1; i <= ROWS; i++) {
            csv.append("K")
                    .append(round)
                    .append('M')
                    .append(i)
                    .append(",Killed Song ")
                    .append(round)
                    .append('-')
                    .append(i)
                    .append(",BV,Soundtrack,0:45,Kill Artist ")
                    .append(i % 50)
                    .append(",Kill Writer ")
                    .append(round)
                    .append('-')
                    .append(i)
                    .append(" (PRS) 100,Kill Publisher ")
                    .append(i % 40)
                    .append(" 50; Kill Publisher ")
                    .append(i % 40 + 40)
                    .append(" 50,Kill Label ")
                    .append(i % 20)
                    .append(" 100\n");
        }
        return csv.toString();
    }

    private static CompletableFuture<HttpResponse<String>> postAsync(RunningServer server, String path, String csv) {
        HttpRequest request = HttpRequest.newBuilder(server.uri(path))
                .header(
                        "Authorization",
                        "Basic " + Base64.getEncoder().encodeToString((ADMIN + ":" + PASSWORD).getBytes()))
                .header("Content-Type", "text/csv")
                .timeout(Duration.ofMinutes(10))
                .POST(HttpRequest.BodyPublishers.ofString(csv))
                .build();
        return HttpClient.newHttpClient().sendAsync(request, HttpResponse.BodyHandlers.ofString());
    }

    private static String answer(CompletableFuture<HttpResponse<String>> request) {
        if (!request.isDone()) {
            return "none yet";
        }
        try {
            HttpResponse<String> response = request.join();
            return response.statusCode() + " " + response.body();
        } catch (RuntimeException failed) {
            return failed.toString();
        }
    }

    private static long demoEpisode(RunningServer server) throws Exception {
        for (JsonNode production : json(server, "/api/v1/productions?size=200").get("items")) {
            if (production.get("title").asText().startsWith("Harrow Bay")) {
                return production.get("id").asLong();
            }
        }
        throw new AssertionError("the demo episode is missing");
    }

    private static int cueCount(RunningServer server, long production) throws Exception {
        return json(server, "/api/v1/productions/" + production + "/cues?size=1")
                .get("total")
                .asInt();
    }

    /**
     * A read of the restarted server. What this test checks is what survived the kill, so a "Server busy"
     * (503, the server's documented answer when its database is briefly busy, with Retry-After) is asked
     * again a few times as a client honouring it would; each such answer is printed with the server's log,
     * since it was seen once in CI and not reproduced on our machines.
     */
    private static JsonNode json(RunningServer server, String path) throws Exception {
        HttpResponse<String> response = server.get(path, ADMIN, PASSWORD);
        for (int retry = 1; retry <= 10 && response.statusCode() == 503; retry++) {
            System.out.printf(
                    "KillDuringImportIT: %s answered 503 (%s), asking again (%d); server log:%n%s%n",
                    path, response.body(), retry, server.output());
            Thread.sleep(2_000);
            response = server.get(path, ADMIN, PASSWORD);
        }
        assertThat(response.statusCode())
                .as("%s: %s%nserver log:%n%s", path, response.body(), server.output())
                .isEqualTo(200);
        return JSON.readTree(response.body());
    }
}
