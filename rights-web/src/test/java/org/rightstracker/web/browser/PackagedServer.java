package org.rightstracker.web.browser;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.rightstracker.web.testing.RunningServer;

/**
 * The packaged application as it is shipped, on a free port with its own data directory and the demo
 * data, so the browser sees exactly what a studio would.
 */
final class PackagedServer implements AutoCloseable {

    static final String ADMIN_PASSWORD = "browser-admin-1";

    private final RunningServer server;

    private PackagedServer(RunningServer server) {
        this.server = server;
    }

    static PackagedServer start() throws IOException, InterruptedException {
        if (!Files.isRegularFile(RunningServer.JAR)) {
            throw new IllegalStateException("No packaged application at " + RunningServer.JAR.toAbsolutePath()
                    + "; the browser suite runs after `package` (./mvnw verify -Pbrowser).");
        }
        Path data = Files.createTempDirectory("rights-browser-data");
        RunningServer server = RunningServer.start(
                RunningServer.freePort(),
                Map.of(
                        "RIGHTS_DATA_DIR",
                        data.toString(),
                        "RIGHTS_ADMIN_PASSWORD",
                        ADMIN_PASSWORD,
                        "RIGHTS_DEMO_DATA",
                        "true"));
        if (!server.awaitReady(Duration.ofSeconds(120))) {
            String output = server.output();
            server.close();
            throw new IllegalStateException("The application did not become ready:\n" + output);
        }
        return new PackagedServer(server);
    }

    String url(String path) {
        return server.uri(path).toString();
    }

    String output() {
        return server.output();
    }

    @Override
    public void close() throws InterruptedException {
        server.close();
    }
}
