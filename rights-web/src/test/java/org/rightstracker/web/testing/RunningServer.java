package org.rightstracker.web.testing;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The packaged application as an operator runs it: the README's run command ({@code java
 * -XX:SharedArchiveFile=app-cds.jsa -jar quarkus-run.jar}) with environment settings, for the tests that
 * start, stop, kill and restart real servers.
 */
public final class RunningServer implements AutoCloseable {

    public static final Path JAR = Path.of("target/quarkus-app/quarkus-run.jar");

    /** The class-data archive the build records next to the jar (none in a PostgreSQL build). */
    public static final Path CLASS_ARCHIVE = Path.of("target/quarkus-app/app-cds.jsa");

    private static final Pattern SESSION_COOKIE = Pattern.compile("(quarkus-credential=[^;]*)");

    private final Process process;
    private final Path log;
    public final int port;

    private RunningServer(Process process, Path log, int port) {
        this.process = process;
        this.log = log;
        this.port = port;
    }

    public static RunningServer start(int port, Map<String, String> environment) throws IOException {
        return start(port, environment, List.of());
    }

    /** As {@link #start(int, Map)}, with more options for the JVM (before {@code -jar}). */
    public static RunningServer start(int port, Map<String, String> environment, List<String> jvmOptions)
            throws IOException {
        Path log = Files.createTempFile("rights-server", ".log");
        List<String> command = new ArrayList<>(List.of("java"));
        command.add("-XX:SharedArchiveFile=" + CLASS_ARCHIVE.toAbsolutePath());
        command.addAll(jvmOptions);
        command.addAll(List.of("-jar", JAR.toAbsolutePath().toString()));
        ProcessBuilder builder =
                new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().put("QUARKUS_HTTP_PORT", Integer.toString(port));
        builder.environment().putAll(environment);
        return new RunningServer(builder.start(), log, port);
    }

    public static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    /** Waits until the readiness check answers 200, or the process ends; true when ready. */
    public boolean awaitReady(Duration timeout) throws InterruptedException {
        Instant deadline = Instant.now().plus(timeout);
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                return false;
            }
            try {
                if (get("/q/health/ready").statusCode() == 200) {
                    return true;
                }
            } catch (IOException notYet) {
                // still starting
            }
            Thread.sleep(250);
        }
        return false;
    }

    /** Waits until the log shows {@code text}; false when the process ends or time runs out first. */
    public boolean awaitOutput(String text, Duration timeout) throws InterruptedException {
        Instant deadline = Instant.now().plus(timeout);
        while (Instant.now().isBefore(deadline)) {
            if (output().contains(text)) {
                return true;
            }
            if (!process.isAlive()) {
                return false;
            }
            Thread.sleep(20);
        }
        return false;
    }

    public URI uri(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }

    public HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(uri(path)));
    }

    /** A GET signed in with HTTP Basic. */
    public HttpResponse<String> get(String path, String user, String password)
            throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(uri(path)).header("Authorization", basic(user, password)));
    }

    /** A request with a body, signed in with HTTP Basic. */
    public HttpResponse<String> send(
            String method, String path, String user, String password, String contentType, String body)
            throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(uri(path))
                .header("Authorization", basic(user, password))
                .header("Content-Type", contentType)
                .method(method, HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)));
    }

    /** Signs in through the sign-in form and returns the session cookie ("name=value"). */
    public String signIn(String user, String password) throws IOException, InterruptedException {
        String form = "j_username=" + user + "&j_password=" + password;
        HttpResponse<String> response = send(HttpRequest.newBuilder(uri("/j_security_check"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)));
        for (String cookie : response.headers().allValues("Set-Cookie")) {
            Matcher session = SESSION_COOKIE.matcher(cookie);
            if (session.find() && session.group(1).length() > "quarkus-credential=".length()) {
                return session.group(1);
            }
        }
        throw new AssertionError("signing in as " + user + " set no session cookie: " + response.statusCode() + " "
                + response.headers().map());
    }

    /** A GET carrying a session cookie, as a browser would. */
    public HttpResponse<String> getWithCookie(String path, String cookie) throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(uri(path)).header("Cookie", cookie));
    }

    private static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    private static HttpResponse<String> send(HttpRequest.Builder builder) throws IOException, InterruptedException {
        HttpClient client =
                HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        return client.send(builder.timeout(Duration.ofSeconds(60)).build(), HttpResponse.BodyHandlers.ofString());
    }

    /** Waits for the process to end by itself and returns its exit code. */
    public int awaitExit(Duration timeout) throws InterruptedException {
        if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("the server did not exit within " + timeout + "; output:\n" + output());
        }
        return process.exitValue();
    }

    /** SIGKILL: no shutdown hook, no flush, no goodbye, as when the machine loses power or the OOM killer strikes. */
    public void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor(20, TimeUnit.SECONDS);
    }

    public boolean isAlive() {
        return process.isAlive();
    }

    public String output() {
        try {
            return Files.readString(log);
        } catch (IOException e) {
            return "(output unreadable: " + e + ")";
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
