package org.rightstracker.web.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.rightstracker.web.testing.RunningServer;

/**
 * The embedded database on a small file system of its own. When it fills up under the running server,
 * writes get a clear 503 naming the cause; when it is read-only, the server refuses to start with one
 * clear line. Once the space is freed or the directory writable again, a restart finds every change
 * committed before the fault and none of the refused ones. Needs root: it mounts a tmpfs (run with -Pdisk-faults; .ci/run does).
 */
class DiskFaultIT {

    static final Duration START = Duration.ofSeconds(120);
    static final String PASSWORD = "disk-admin-1";

    Path mountPoint;
    Path dataDir;

    @BeforeEach
    void mountASmallFileSystem() throws Exception {
        mountPoint = Files.createTempDirectory("rights-disk");
        run("mount", "-t", "tmpfs", "-o", "size=48m", "tmpfs", mountPoint.toString());
        dataDir = Files.createDirectory(mountPoint.resolve("data"));
    }

    @AfterEach
    void unmount() throws Exception {
        run("umount", "-l", mountPoint.toString());
    }

    @Test
    void aFullDiskAnswersAClearErrorAndKeepsEveryCommittedChange() throws Exception {
        Path filler = mountPoint.resolve("filler");
        try (RunningServer server = start()) {
            assertThat(createParty(server, "Saved before the disk filled").statusCode())
                    .isEqualTo(201);
            fill(filler);
            HttpResponse<String> refused = createParty(server, "Refused on a full disk");
            assertThat(refused.statusCode()).as(refused.body()).isEqualTo(503);
            assertThat(refused.body()).contains("Database cannot write").contains("disk may be full");
            assertThat(server.output()).contains("Database cannot write on /api/v1/parties");
        }
        Files.delete(filler);
        try (RunningServer server = start()) {
            assertThat(parties(server))
                    .contains("Saved before the disk filled")
                    .doesNotContain("Refused on a full disk");
            assertThat(createParty(server, "Saved after space was freed").statusCode())
                    .isEqualTo(201);
            assertThat(server.get("/", "supervisor", "supervisor-demo1").body())
                    .contains("Northern Lights Over Harrow");
        }
    }

    @Test
    void aReadOnlyDataDirectoryStopsTheStartWithOneClearLineAndKeepsEveryCommittedChange() throws Exception {
        try (RunningServer server = start()) {
            assertThat(createParty(server, "Saved before read-only").statusCode())
                    .isEqualTo(201);
        }
        // A file system with the database open for writing cannot turn read-only; it can between two runs.
        run("mount", "-o", "remount,ro", mountPoint.toString());
        try (RunningServer server = RunningServer.start(RunningServer.freePort(), environment())) {
            assertThat(server.awaitExit(START)).isNotZero();
            assertThat(server.output())
                    .contains("ERROR Cannot start: the data directory " + dataDir + " is not writable.");
        } finally {
            run("mount", "-o", "remount,rw", mountPoint.toString());
        }
        try (RunningServer server = start()) {
            assertThat(parties(server)).contains("Saved before read-only");
            assertThat(createParty(server, "Saved when writable again").statusCode())
                    .isEqualTo(201);
        }
    }

    private RunningServer start() throws Exception {
        RunningServer server = RunningServer.start(RunningServer.freePort(), environment());
        assertThat(server.awaitReady(START)).as(server.output()).isTrue();
        return server;
    }

    private Map<String, String> environment() {
        return Map.of(
                "RIGHTS_DATA_DIR", dataDir.toString(), "RIGHTS_DEMO_DATA", "true", "RIGHTS_ADMIN_PASSWORD", PASSWORD);
    }

    /** Writes zeros until the file system says there is no space left. */
    private static void fill(Path filler) throws IOException {
        byte[] block = new byte[1 << 20];
        try (OutputStream out = Files.newOutputStream(filler)) {
            while (true) {
                out.write(block);
            }
        } catch (IOException full) {
            assertThat(full.getMessage()).containsIgnoringCase("No space left");
        }
    }

    private static HttpResponse<String> createParty(RunningServer server, String name) throws Exception {
        return server.send(
                "POST",
                "/api/v1/parties",
                "admin",
                PASSWORD,
                "application/json",
                "{\"name\":\"" + name + "\",\"kind\":\"ORGANISATION\",\"roles\":[\"PUBLISHER\"]}");
    }

    private static String parties(RunningServer server) throws Exception {
        HttpResponse<String> list = server.get("/api/v1/parties?size=200", "admin", PASSWORD);
        assertThat(list.statusCode()).as(list.body()).isEqualTo(200);
        return list.body();
    }

    private static void run(String... command) throws IOException, InterruptedException {
        Process process =
                new ProcessBuilder(List.of(command)).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes());
        if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
            throw new IllegalStateException(String.join(" ", command) + " failed (this suite needs root): " + output);
        }
    }
}
