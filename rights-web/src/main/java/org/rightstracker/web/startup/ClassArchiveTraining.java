package org.rightstracker.web.startup;

import io.quarkus.runtime.Quarkus;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.value.registry.ValueRegistry;
import io.quarkus.vertx.http.HttpServer;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.io.IOException;
import java.net.HttpURLConnection;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * The training start of the build's class-data archive: with {@code rights.class-archive-training}
 * on, the server starts as usual, answers its own readiness check and sign-in page once, and stops,
 * whatever happens on the way.
 *
 * <p>The build runs the packaged jar this way under {@code -XX:ArchiveClassesAtExit} (rights-web's
 * pom, execution {@code class-archive}); the JVM then writes every class that start loaded, already
 * parsed and verified, to {@code quarkus-app/app-cds.jsa}, and the README's run command maps that file
 * at start instead of reading and verifying those classes again (bench/README.md, "Start-up").
 */
@ApplicationScoped
public class ClassArchiveTraining {

    private static final Logger LOG = Logger.getLogger(ClassArchiveTraining.class);

    /** The first requests of a real start: what the benchmark and a browser ask for first. */
    static final String[] FIRST_REQUESTS = {"/q/health/ready", "/login"};

    private static final Duration LISTENING_WAIT = Duration.ofSeconds(60);

    @ConfigProperty(name = "rights.class-archive-training", defaultValue = "false")
    boolean training;

    /** Where Quarkus publishes the port it listens on (the training start asks for any free one). */
    @Inject
    ValueRegistry values;

    /** After every other start-up observer: the archive should hold what they load too. */
    void onStart(@Observes @Priority(Integer.MAX_VALUE) StartupEvent event) {
        if (!training) {
            return;
        }
        Thread requests = new Thread(
                () -> {
                    try {
                        int port = awaitListening();
                        for (String path : FIRST_REQUESTS) {
                            ask(port, path);
                        }
                    } catch (RuntimeException | InterruptedException e) {
                        // The archive is only less complete without them; the build goes on.
                        LOG.warnf("The training requests stopped: %s", e.toString());
                    } finally {
                        LOG.info("Class-data archive training start done; stopping.");
                        Quarkus.asyncExit(0);
                    }
                },
                "class-archive-training");
        requests.setDaemon(true);
        requests.start();
    }

    /** The HTTP server starts listening after the start-up observers; its port is published then. */
    private int awaitListening() throws InterruptedException {
        Instant deadline = Instant.now().plus(LISTENING_WAIT);
        while (Instant.now().isBefore(deadline)) {
            int port = values.getOrDefault(HttpServer.HTTP_PORT, 0);
            if (port > 0) {
                return port;
            }
            Thread.sleep(50);
        }
        throw new IllegalStateException("the server was not listening after " + LISTENING_WAIT);
    }

    private static void ask(int port, String path) {
        try {
            HttpURLConnection connection = (HttpURLConnection)
                    URI.create("http://localhost:" + port + path).toURL().openConnection();
            connection.setConnectTimeout(10_000);
            connection.setReadTimeout(60_000);
            int status = connection.getResponseCode();
            connection.getInputStream().readAllBytes();
            LOG.infof("Training request %s: %d", path, status);
        } catch (IOException e) {
            LOG.warnf("Training request %s failed: %s", path, e.toString());
        }
    }
}
