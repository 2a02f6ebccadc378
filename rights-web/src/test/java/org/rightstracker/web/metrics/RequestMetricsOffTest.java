package org.rightstracker.web.metrics;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Without the setting (its default in production) no response says how heavy it was. */
@QuarkusTest
@TestProfile(RequestMetricsOffTest.MetricsOff.class)
class RequestMetricsOffTest {

    /** The application's own default, which the test configuration otherwise switches on. */
    public static class MetricsOff implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("rights.request-metrics", "false");
        }
    }

    @Test
    void responsesCarryNoTimingOrStatementHeaders() {
        Response health = given().get("/q/health/live");
        Response login = given().get("/login");

        assertThat(health.statusCode()).isEqualTo(200);
        assertThat(login.statusCode()).isEqualTo(200);
        for (Response response : new Response[] {health, login}) {
            assertThat(response.header("Server-Timing")).isNull();
            assertThat(response.header("X-Sql-Statements")).isNull();
        }
    }
}
