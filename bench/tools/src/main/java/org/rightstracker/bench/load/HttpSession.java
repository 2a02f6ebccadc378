package org.rightstracker.bench.load;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.concurrent.Executors;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A signed-in user's connection to the server: form sign-in once, then the session cookie on every
 * request (pages and API alike), as a browser would. Redirects are not followed, so a lost session
 * shows up as a 302 instead of a quietly served login page.
 */
final class HttpSession {

    /**
     * One response: status, body, the request metrics the server adds when asked to, and whether a cached
     * report was rendered for it ({@code X-Report-Cache}: miss, shared or hit; null for other pages).
     */
    record Reply(
            int status,
            byte[] body,
            String contentType,
            OptionalDouble serverMillis,
            OptionalInt statements,
            String reportCache) {
        String text() {
            return new String(body, StandardCharsets.UTF_8);
        }
    }

    private static final Pattern APP_DURATION =
            Pattern.compile("(?:^|,)\\s*app;(?:[^,]*;)?\\s*dur=([0-9]+(?:\\.[0-9]+)?)");
    // Generous: under 32 clients a slow page waits for 31 others, and a measurement wants its answer.
    // A request that still times out counts as an error.
    private static final Duration TIMEOUT = Duration.ofSeconds(900);

    private final HttpClient client;
    private final String baseUrl;

    private HttpSession(HttpClient client, String baseUrl) {
        this.client = client;
        this.baseUrl = baseUrl;
    }

    /** Signs in through the login form; fails unless the server hands out a session cookie. */
    static HttpSession signIn(String baseUrl, String user, String password, int connections)
            throws IOException, InterruptedException {
        HttpClient client = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .followRedirects(HttpClient.Redirect.NEVER)
                .cookieHandler(new CookieManager())
                .connectTimeout(Duration.ofSeconds(10))
                .executor(Executors.newFixedThreadPool(Math.max(4, connections / 4), daemon()))
                .build();
        HttpSession session = new HttpSession(client, baseUrl);
        String form = "j_username=" + URLEncoder.encode(user, StandardCharsets.UTF_8) + "&j_password="
                + URLEncoder.encode(password, StandardCharsets.UTF_8);
        HttpResponse<Void> reply = client.send(
                HttpRequest.newBuilder(URI.create(baseUrl + "/j_security_check"))
                        .timeout(TIMEOUT)
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(form))
                        .build(),
                HttpResponse.BodyHandlers.discarding());
        String location = reply.headers().firstValue("Location").orElse("");
        if (reply.statusCode() != 302 || location.contains("error")) {
            throw new IOException("sign-in as " + user + " failed: HTTP " + reply.statusCode() + " → " + location);
        }
        return session;
    }

    Reply get(String path) throws IOException, InterruptedException {
        return send(request(path).GET().build());
    }

    Reply send(String method, String path, String json) throws IOException, InterruptedException {
        return send(request(path)
                .header("Content-Type", "application/json")
                .method(method, HttpRequest.BodyPublishers.ofString(json))
                .build());
    }

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create(baseUrl + path))
                .timeout(TIMEOUT)
                .header("Accept", path.startsWith("/api/") ? "application/json" : "text/html,application/pdf");
    }

    private Reply send(HttpRequest request) throws IOException, InterruptedException {
        HttpResponse<byte[]> response = client.send(request, HttpResponse.BodyHandlers.ofByteArray());
        OptionalDouble server = response.headers()
                .firstValue("Server-Timing")
                .map(APP_DURATION::matcher)
                .filter(Matcher::find)
                .map(m -> OptionalDouble.of(Double.parseDouble(m.group(1))))
                .orElse(OptionalDouble.empty());
        OptionalInt statements = response.headers()
                .firstValue("X-Sql-Statements")
                .map(String::strip)
                .filter(v -> v.matches("[0-9]{1,9}"))
                .map(v -> OptionalInt.of(Integer.parseInt(v)))
                .orElse(OptionalInt.empty());
        return new Reply(
                response.statusCode(),
                response.body(),
                response.headers().firstValue("Content-Type").orElse(""),
                server,
                statements,
                response.headers().firstValue("X-Report-Cache").orElse(null));
    }

    private static java.util.concurrent.ThreadFactory daemon() {
        return runnable -> {
            Thread thread = new Thread(runnable, "http-client");
            thread.setDaemon(true);
            return thread;
        };
    }
}
