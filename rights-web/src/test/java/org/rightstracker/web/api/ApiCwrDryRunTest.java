package org.rightstracker.web.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.rightstracker.web.security.Role;
import org.rightstracker.web.security.Team;
import org.rightstracker.web.testing.DatabaseFingerprint;

/** {@code POST /api/v1/imports/cwr?dryRun=true}: the page's preview as JSON, writing nothing. */
@QuarkusTest
class ApiCwrDryRunTest {

    static final Path FIXTURES = Path.of("../rights-core/src/test/resources/importing/cwr");

    @Inject
    Team team;

    @Inject
    DatabaseFingerprint fingerprint;

    @BeforeEach
    void team() {
        team.ensure();
    }

    @Test
    void aDryRunAnswersThePlanAndWritesNothing() throws Exception {
        // The NWR example under a title of its own, so that it is new whatever other tests imported.
        String text = Files.readString(FIXTURES.resolve("nwrexample2.V21"), StandardCharsets.ISO_8859_1)
                .replace("THE WORK    ", "DRY RUN WORK");
        Map<String, String> before = fingerprint.take();

        Response answer = post(text, "?dryRun=true&fileName=dry.V21");

        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(DatabaseFingerprint.differences(before, fingerprint.take())).isEmpty();
        JsonPath json = answer.jsonPath();
        assertThat(json.getBoolean("canCommit")).isTrue();
        assertThat(json.getString("fileName")).isEqualTo("dry.V21");
        assertThat(json.getList("works.title", String.class)).containsExactly("DRY RUN WORK");
        assertThat(json.getList("works.action", String.class)).containsExactly("CREATE");
        assertThat(json.getList("works[0].writers.name", String.class)).containsExactly("JOHN DOE", "JANE DOE");
        assertThat(json.getList("works[0].publishers.share", String.class)).containsExactly("50.00", "0.00", "50.00");
    }

    @Test
    void aDryRunOfABrokenFileListsItsProblemsWithTheirLinesAndWritesNothing() throws Exception {
        byte[] demo = Files.readAllBytes(FIXTURES.resolve("demo_cwr_cleaned.v22"));
        Map<String, String> before = fingerprint.take();

        Response answer = given().auth()
                .preemptive()
                .basic(Team.user(Role.SUPERVISOR), Team.PASSWORD)
                .contentType("text/plain")
                .body(demo)
                .post("/api/v1/imports/cwr?dryRun=true");

        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(DatabaseFingerprint.differences(before, fingerprint.take())).isEmpty();
        JsonPath json = answer.jsonPath();
        assertThat(json.getBoolean("canCommit")).isFalse();
        assertThat(json.getInt("errors")).isPositive();
        assertThat(json.getList("problems.line", Integer.class)).contains(3, 9, 21);
    }

    @Test
    void anUnreadableDryRunValueIsRefusedNamingTheParameter() throws Exception {
        Map<String, String> before = fingerprint.take();

        Response answer = post(Files.readString(FIXTURES.resolve("nwrexample2.V21")), "?dryRun=perhaps");

        assertThat(answer.statusCode()).isEqualTo(400);
        assertThat(answer.asString()).contains("dryRun");
        assertThat(DatabaseFingerprint.differences(before, fingerprint.take())).isEmpty();
    }

    private static Response post(String text, String query) {
        return given().auth()
                .preemptive()
                .basic(Team.user(Role.SUPERVISOR), Team.PASSWORD)
                .contentType("text/plain")
                .body(text.getBytes(StandardCharsets.ISO_8859_1))
                .post("/api/v1/imports/cwr" + query);
    }
}
