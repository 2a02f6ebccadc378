package org.rightstracker.web.browser;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The packaged application as it is shipped: {@code java -jar quarkus-run.jar} on a free port, with
 * its own data directory and the demo data, so the browser sees exactly what a studio would.
 */
final class PackagedServer implements AutoCloseable {

    static final Path JAR = Path.of("target/quarkus-app/quarkus-run.jar");
    static final String ADMIN_PASSWORD = "browser-admin-1";

    private final Process process;
    private final Path log;
    final int port;

    private PackagedServer(Process process, Path log, int port) {
        this.process = process;
        this.log = log;
        this.port = port;
    }

    static PackagedServer start() throws IOException, InterruptedException {
        if (!Files.isRegularFile(JAR)) {
            throw new IllegalStateException("No packaged application at " + JAR.toAbsolutePath()
                    + "; the browser suite runs after `package` (./mvnw verify -Pbrowser).");
        }
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        Path data = Files.createTempDirectory("rights-browser-data");
        Path log = Files.createTempFile("rights-browser", ".log");
        ProcessBuilder builder = new ProcessBuilder(
                        List.of("java", "-jar", JAR.toAbsolutePath().toString()))
                .redirectErrorStream(true)
                .redirectOutput(log.toFile());
        builder.environment().put("QUARKUS_HTTP_PORT", Integer.toString(port));
        builder.environment().put("RIGHTS_DATA_DIR", data.toString());
        builder.environment().put("RIGHTS_ADMIN_PASSWORD", ADMIN_PASSWORD);
        builder.environment().put("RIGHTS_DEMO_DATA", "true");
        PackagedServer server = new PackagedServer(builder.start(), log, port);
        server.awaitReady(Duration.ofSeconds(120));
        return server;
    }

    String url(String path) {
        return "http://localhost:" + port + path;
    }

    private void awaitReady(Duration timeout) throws InterruptedException {
        HttpClient client =
                HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        Instant deadline = Instant.now().plus(timeout);
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException("The application stopped while starting:\n" + output());
            }
            try {
                HttpResponse<Void> ready = client.send(
                        HttpRequest.newBuilder(URI.create(url("/q/health/ready")))
                                .timeout(Duration.ofSeconds(5))
                                .build(),
                        HttpResponse.BodyHandlers.discarding());
                if (ready.statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // still starting
            }
            Thread.sleep(300);
        }
        throw new IllegalStateException("The application was not ready within " + timeout + ":\n" + output());
    }

    String output() {
        try {
            return Files.readString(log);
        } catch (IOException e) {
            return "(log unreadable: " + e + ")";
        }
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(20, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor();
        }
    }
}
