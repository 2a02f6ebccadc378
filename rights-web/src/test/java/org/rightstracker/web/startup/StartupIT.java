package org.rightstracker.web.startup;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rightstracker.web.testing.RunningServer;

/**
 * The packaged application on the embedded database, started as the README says: demo data on
 * first start, data kept across a restart, and one clear line when it cannot start.
 */
class StartupIT {

    static final Duration START = Duration.ofSeconds(90);

    @TempDir
    Path dataDir;

    @Test
    void firstStartLoadsTheDemoAndARestartKeepsEverythingWithoutDuplicating() throws Exception {
        int port = RunningServer.freePort();
        Map<String, String> env = Map.of("RIGHTS_DATA_DIR", dataDir.toString(), "RIGHTS_DEMO_DATA", "true");
        String firstPage;
        try (RunningServer server = RunningServer.start(port, env)) {
            assertThat(server.awaitReady(START)).as(server.output()).isTrue();
            assertThat(server.get("/", "supervisor", "supervisor-demo1").body())
                    .contains("Northern Lights Over Harrow")
                    .contains("Harrow Bay 103");
            assertThat(server.output()).contains("Created the user 'admin' with the password");
            firstPage =
                    server.get("/api/v1/me", "supervisor", "supervisor-demo1").body();
            assertThat(firstPage).contains("Northern Lights Over Harrow");
            assertThat(server.get("/q/health/ready").body()).contains("\"status\": \"UP\"");
            // The API description is prepared on its first request (DeferredOpenApiDocumentService), whole.
            assertThat(server.get("/q/openapi?format=json", "supervisor", "supervisor-demo1")
                            .body())
                    .contains("\"/api/v1/productions/{id}/clearance\"")
                    .contains("\"Problem\"")
                    .contains("Someone else changed it since you read it");
            assertThat(server.get("/q/openapi", "supervisor", "supervisor-demo1")
                            .body())
                    .contains("/api/v1/parties:")
                    .contains("application/problem+json");
            // Without RIGHTS_SESSION_KEY a random key encrypts the session cookie; it must never reach the log.
            String session = server.signIn("supervisor", "supervisor-demo1");
            assertThat(server.getWithCookie("/", session).statusCode()).isEqualTo(200);
            assertThat(server.output())
                    .doesNotContainIgnoringCase("encryption key")
                    .doesNotContain("temporary key");
        }
        assertThat(Files.list(dataDir)).anyMatch(p -> p.getFileName().toString().endsWith(".mv.db"));
        try (RunningServer server = RunningServer.start(port, env)) {
            assertThat(server.awaitReady(START)).as(server.output()).isTrue();
            assertThat(server.get("/api/v1/me", "supervisor", "supervisor-demo1")
                            .body())
                    .isEqualTo(firstPage);
            assertThat(server.get("/", "supervisor", "supervisor-demo1").body()).contains("12 of 22");
            assertThat(server.output()).doesNotContain("Created the user 'admin'");
            assertThat(server.output()).doesNotContain("Loaded demo data");
        }
    }

    @Test
    void theRunCommandMapsTheClassArchiveTheBuildRecordedFromATrainingStart() throws Exception {
        assertThat(RunningServer.CLASS_ARCHIVE).isRegularFile();
        // -Xshare:on: a start that cannot map the archive (another Java, a jar rebuilt since) fails instead.
        try (RunningServer server = RunningServer.start(
                RunningServer.freePort(),
                Map.of("RIGHTS_DATA_DIR", dataDir.toString(), "RIGHTS_DEMO_DATA", "false"),
                List.of("-Xshare:on", "-Xlog:class+load=info"))) {
            assertThat(server.awaitReady(START)).as(server.output()).isTrue();
            String output = server.output();
            // Ours, Quarkus' generated beans and the libraries, all loaded by Quarkus' own class loader.
            assertThat(output)
                    .contains("org.rightstracker.web.startup.Main source: shared objects file (top)")
                    .contains("org.rightstracker.core.clearance.ClearanceRevisions source: shared objects file (top)")
                    .contains("org.hibernate.internal.SessionFactoryImpl source: shared objects file (top)");
            // And what the training start's own first requests loaded: the sign-in page's template.
            assertThat(server.get("/login").statusCode()).isEqualTo(200);
            assertThat(server.output())
                    .contains("org.rightstracker.web.account.SignInPage$Templates source: shared objects file (top)");
            long fromArchive = output.lines()
                    .filter(line -> line.endsWith("source: shared objects file (top)"))
                    .count();
            assertThat(fromArchive)
                    .as("classes mapped from the application's archive")
                    .isGreaterThan(5_000);
        }
    }

    @Test
    void aPortInUseStopsTheServerWithOneClearLine() throws Exception {
        try (ServerSocket taken = new ServerSocket(0)) {
            try (RunningServer server = RunningServer.start(
                    taken.getLocalPort(), Map.of("RIGHTS_DATA_DIR", dataDir.toString(), "RIGHTS_DEMO_DATA", "false"))) {
                assertThat(server.awaitExit(START)).isNotZero();
                assertThat(server.output())
                        .contains("ERROR Cannot start: port " + taken.getLocalPort() + " is already in use.");
            }
        }
    }

    @Test
    void aDataDirectoryThatCannotBeWrittenStopsTheServerWithOneClearLine() throws Exception {
        // Root may write anywhere, so block the directory with a file rather than with permissions.
        Path blocker = Files.writeString(dataDir.resolve("blocker"), "a file where a directory should be");
        Path impossible = blocker.resolve("data");
        try (RunningServer server =
                RunningServer.start(RunningServer.freePort(), Map.of("RIGHTS_DATA_DIR", impossible.toString()))) {
            assertThat(server.awaitExit(START)).isNotZero();
            assertThat(server.output())
                    .contains("ERROR Cannot start: the data directory " + impossible + " is not writable.");
        }
    }

    @Test
    void aDataDirectoryGivenAsABareRelativePathStopsTheServerWithOneClearLine() throws Exception {
        try (RunningServer server =
                RunningServer.start(RunningServer.freePort(), Map.of("RIGHTS_DATA_DIR", "target/bare-relative"))) {
            assertThat(server.awaitExit(START)).isNotZero();
            assertThat(server.output())
                    .contains(
                            "ERROR Cannot start: the data directory target/bare-relative must be an absolute path or start with ./")
                    .contains("RIGHTS_DATA_DIR=./target/bare-relative");
        }
    }

    @Test
    void anUnreachableDatabaseStopsTheServerWithOneClearLine() throws Exception {
        int closedPort = RunningServer.freePort();
        String url = "jdbc:h2:tcp://127.0.0.1:" + closedPort + "/nowhere";
        try (RunningServer server = RunningServer.start(RunningServer.freePort(), Map.of("RIGHTS_JDBC_URL", url))) {
            assertThat(server.awaitExit(START)).isNotZero();
            assertThat(server.output()).contains("ERROR Cannot start: the database at " + url + " cannot be reached.");
        }
    }

    @Test
    void anUnusableReportPaperStopsTheServerWithOneClearLine() throws Exception {
        try (RunningServer server = RunningServer.start(
                RunningServer.freePort(),
                Map.of(
                        "RIGHTS_DATA_DIR",
                        dataDir.toString(),
                        "RIGHTS_DEMO_DATA",
                        "false",
                        "RIGHTS_REPORT_PAPER",
                        "folio"))) {
            assertThat(server.awaitExit(START)).isNotZero();
            assertThat(server.output())
                    .contains(
                            "ERROR Cannot start: rights.reports.paper (RIGHTS_REPORT_PAPER) must be A4 or letter, not 'folio'.");
        }
    }

    @Test
    void jsonLogsPrintOneJsonObjectPerLine() throws Exception {
        try (RunningServer server = RunningServer.start(
                RunningServer.freePort(),
                Map.of("RIGHTS_DATA_DIR", dataDir.toString(), "RIGHTS_DEMO_DATA", "true", "RIGHTS_LOG_JSON", "true"))) {
            assertThat(server.awaitReady(START)).as(server.output()).isTrue();
            List<String> lines =
                    server.output().lines().filter(l -> !l.isBlank()).toList();
            assertThat(lines).as("log lines").isNotEmpty();
            assertThat(lines.stream()
                            .filter(l -> l.startsWith("{") && l.endsWith("}"))
                            .count())
                    .as("JSON lines among\n%s", server.output())
                    .isGreaterThan(lines.size() / 2);
            assertThat(server.output()).contains("\"message\"").contains("\"level\"");
        }
    }
}
