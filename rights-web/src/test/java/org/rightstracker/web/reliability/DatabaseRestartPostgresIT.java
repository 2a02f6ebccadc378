package org.rightstracker.web.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rightstracker.web.testing.RunningServer;
import org.rightstracker.web.testing.TestDatabase;

/**
 * PostgreSQL stopped and started again under a running application: during the outage every kind of
 * request gets a clear 503 (a page, the API's problem body, signing in) and readiness says DOWN while
 * liveness stays UP; afterwards the same session, the API and writes work again without restarting
 * the application, and readiness says UP.
 */
class DatabaseRestartPostgresIT {

    static final Duration START = Duration.ofSeconds(120);
    static final String PASSWORD = "restart-admin-1";

    @TempDir
    Path dataDir;

    @Test
    void anOutageAnswers503AndTheApplicationRecoversByItself() throws Exception {
        TestDatabase database = TestDatabase.fresh(dataDir);
        Map<String, String> environment = new HashMap<>(database.environment());
        environment.put("RIGHTS_DEMO_DATA", "true");
        environment.put("RIGHTS_ADMIN_PASSWORD", PASSWORD);
        try (RunningServer server = RunningServer.start(RunningServer.freePort(), environment)) {
            assertThat(server.awaitReady(START)).as(server.output()).isTrue();
            String session = server.signIn("supervisor", "supervisor-demo1");
            assertThat(server.getWithCookie("/", session).statusCode()).isEqualTo(200);

            postgres("stop");
            try {
                HttpResponse<String> page = server.getWithCookie("/", session);
                assertThat(page.statusCode()).as(page.body()).isEqualTo(503);
                assertThat(page.headers().firstValue("Content-Type"))
                        .hasValueSatisfying(t -> assertThat(t).startsWith("text/html"));
                assertThat(page.body()).contains("Database unavailable").contains("cannot be reached");
                assertThat(page.headers().firstValue("Retry-After")).contains("30");

                HttpResponse<String> api = server.get("/api/v1/productions", "admin", PASSWORD);
                assertThat(api.statusCode()).as(api.body()).isEqualTo(503);
                assertThat(api.headers().firstValue("Content-Type")).contains("application/problem+json");
                assertThat(api.body()).contains("\"status\":503").contains("Database unavailable");

                HttpResponse<String> write = server.send(
                        "POST",
                        "/api/v1/parties",
                        "admin",
                        PASSWORD,
                        "application/json",
                        "{\"name\":\"Lost in the outage\",\"kind\":\"ORGANISATION\",\"roles\":[\"PUBLISHER\"]}");
                assertThat(write.statusCode()).as(write.body()).isEqualTo(503);

                HttpResponse<String> ready = server.get("/q/health/ready");
                assertThat(ready.statusCode()).isEqualTo(503);
                assertThat(ready.body()).contains("\"status\": \"DOWN\"");
                assertThat(server.get("/q/health/live").statusCode()).isEqualTo(200);
            } finally {
                postgres("start");
            }

            assertThat(awaitReady(server, Duration.ofSeconds(60)))
                    .as("ready again after the restart")
                    .isTrue();
            HttpResponse<String> page = server.getWithCookie("/", session);
            assertThat(page.statusCode()).as(page.body()).isEqualTo(200);
            assertThat(page.body()).contains("Northern Lights Over Harrow");
            HttpResponse<String> write = server.send(
                    "POST",
                    "/api/v1/parties",
                    "admin",
                    PASSWORD,
                    "application/json",
                    "{\"name\":\"Made after the outage\",\"kind\":\"ORGANISATION\",\"roles\":[\"PUBLISHER\"]}");
            assertThat(write.statusCode()).as(write.body()).isEqualTo(201);
            assertThat(server.get("/api/v1/parties?q=outage", "admin", PASSWORD).body())
                    .contains("Made after the outage")
                    .doesNotContain("Lost in the outage");
            assertThat(server.output()).contains("Database unavailable on /");
        }
    }

    private static boolean awaitReady(RunningServer server, Duration timeout) throws Exception {
        Instant deadline = Instant.now().plus(timeout);
        while (Instant.now().isBefore(deadline)) {
            HttpResponse<String> ready = server.get("/q/health/ready");
            if (ready.statusCode() == 200 && ready.body().contains("\"status\": \"UP\"")) {
                return true;
            }
            Thread.sleep(500);
        }
        return false;
    }

    /** Stops or starts the throwaway server through the control script scripts/with-postgres provides. */
    private static void postgres(String action) throws IOException, InterruptedException {
        String control = System.getenv("RIGHTS_PG_CTL");
        if (control == null || control.isBlank()) {
            throw new IllegalStateException(
                    "RIGHTS_PG_CTL is not set: run this suite under scripts/with-postgres (see .ci/run, stage 3).");
        }
        Process process = new ProcessBuilder(control, action).inheritIO().start();
        if (!process.waitFor(90, TimeUnit.SECONDS) || process.exitValue() != 0) {
            throw new IllegalStateException("pg-ctl " + action + " failed");
        }
    }
}
