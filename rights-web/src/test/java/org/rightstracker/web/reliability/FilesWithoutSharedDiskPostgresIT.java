package org.rightstracker.web.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rightstracker.web.testing.RunningServer;
import org.rightstracker.web.testing.TestDatabase;

/**
 * Two instances with the database file store and a data directory each (nothing shared but the
 * database): a document uploaded through one is downloaded byte for byte through the other, and
 * neither writes it to its own disk.
 */
class FilesWithoutSharedDiskPostgresIT {

    static final Duration START = Duration.ofSeconds(120);
    static final String ADMIN = "admin";
    static final String PASSWORD = "files-admin-1";
    static final ObjectMapper JSON = new ObjectMapper();
    static final Pattern CSRF_FIELD = Pattern.compile("name=\"csrf-token\" value=\"([^\"]+)\"");
    static final Pattern CSRF_COOKIE = Pattern.compile("(csrf-token=[^;]*)");

    @TempDir
    Path dataA;

    @TempDir
    Path dataB;

    @Test
    void aDocumentUploadedOnOneInstanceDownloadsFromTheOtherWithNoSharedDirectory() throws Exception {
        TestDatabase database = TestDatabase.fresh(dataA);
        Map<String, String> environment = new HashMap<>(database.environment());
        environment.put("RIGHTS_DEMO_DATA", "true");
        environment.put("RIGHTS_ADMIN_PASSWORD", PASSWORD);
        environment.put("RIGHTS_SESSION_KEY", "one-key-for-both-instances-of-this-test");
        environment.put("RIGHTS_FILE_STORE", "database");
        Map<String, String> environmentB = new HashMap<>(environment);
        environmentB.put("RIGHTS_DATA_DIR", dataB.toString());
        // Several chunks, so the download is assembled from more than one row.
        byte[] licence = new byte[700 * 1024];
        new Random(17).nextBytes(licence);

        try (RunningServer a = RunningServer.start(RunningServer.freePort(), environment)) {
            assertThat(a.awaitReady(START)).as(a.output()).isTrue();
            try (RunningServer b = RunningServer.start(RunningServer.freePort(), environmentB)) {
                assertThat(b.awaitReady(START)).as(b.output()).isTrue();
                long cue = firstCue(a);
                String session = a.signIn(ADMIN, PASSWORD);

                HttpResponse<String> cuePage = a.getWithCookie("/cues/" + cue, session);
                assertThat(cuePage.statusCode()).isEqualTo(200);
                Matcher token = CSRF_FIELD.matcher(cuePage.body());
                assertThat(token.find()).as("the cue page carries a CSRF token").isTrue();
                String csrfCookie = cuePage.headers().allValues("Set-Cookie").stream()
                        .map(CSRF_COOKIE::matcher)
                        .filter(Matcher::find)
                        .map(m -> m.group(1))
                        .findFirst()
                        .orElseThrow();

                HttpResponse<String> upload =
                        upload(a, "/cues/" + cue + "/documents", session + "; " + csrfCookie, token.group(1), licence);
                assertThat(upload.statusCode()).as(upload.body()).isEqualTo(303);

                HttpResponse<String> cueOnB = b.getWithCookie("/cues/" + cue, session);
                Matcher link = Pattern.compile("href=\"/documents/(\\d+)\"").matcher(cueOnB.body());
                assertThat(link.find()).as("B lists the document").isTrue();
                HttpResponse<byte[]> download = HttpClient.newHttpClient()
                        .send(
                                HttpRequest.newBuilder(b.uri("/documents/" + link.group(1)))
                                        .header("Cookie", session)
                                        .build(),
                                HttpResponse.BodyHandlers.ofByteArray());

                assertThat(download.statusCode()).isEqualTo(200);
                assertThat(download.body()).isEqualTo(licence);
                assertThat(storedFilesUnder(dataA)).as("files on A's disk").isZero();
                assertThat(storedFilesUnder(dataB)).as("files on B's disk").isZero();
                HttpResponse<String> readyB = b.get("/q/health/ready");
                assertThat(readyB.body()).containsPattern("\"store\"\\s*:\\s*\"database\"");
            }
        }
    }

    private static HttpResponse<String> upload(
            RunningServer server, String path, String cookies, String csrfToken, byte[] content) throws Exception {
        String boundary = "----rights" + System.nanoTime();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        field(body, boundary, "csrf-token", csrfToken);
        field(body, boundary, "kind", "LICENCE");
        field(body, boundary, "description", "Uploaded on A");
        body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"licence.pdf\"\r\n"
                        + "Content-Type: application/pdf\r\n\r\n")
                .getBytes(StandardCharsets.UTF_8));
        body.write(content);
        body.write(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(server.uri(path))
                                .header("Cookie", cookies)
                                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
    }

    private static void field(ByteArrayOutputStream body, String boundary, String name, String value) throws Exception {
        body.write(
                ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name + "\"\r\n\r\n" + value + "\r\n")
                        .getBytes(StandardCharsets.UTF_8));
    }

    private static long firstCue(RunningServer server) throws Exception {
        JsonNode productions = JSON.readTree(
                server.get("/api/v1/productions?size=200", ADMIN, PASSWORD).body());
        long production = productions.get("items").get(0).get("id").asLong();
        JsonNode cues =
                JSON.readTree(server.get("/api/v1/productions/" + production + "/cues?size=200", ADMIN, PASSWORD)
                        .body());
        return cues.get("items").get(0).get("id").asLong();
    }

    private static long storedFilesUnder(Path dataDir) throws Exception {
        long count = 0;
        for (String folder : new String[] {"documents", "issued"}) {
            Path root = dataDir.resolve(folder);
            if (Files.isDirectory(root)) {
                try (Stream<Path> files = Files.walk(root)) {
                    count += files.filter(Files::isRegularFile).count();
                }
            }
        }
        return count;
    }
}
