package org.rightstracker.web.health;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Readiness names the database and the file store; liveness does no I/O. Both are public. */
@QuarkusTest
class ReadinessTest {

    @Test
    void readinessReportsTheDatabaseAndTheFileStoreWithoutAPath() {
        Response ready = given().get("/q/health/ready");

        assertThat(ready.statusCode()).isEqualTo(200);
        List<String> checks = JsonPath.from(ready.asString()).getList("checks.name");
        assertThat(checks).contains("File store", "Database connections health check");
        assertThat(JsonPath.from(ready.asString()).getString("checks.find { it.name == 'File store' }.status"))
                .isEqualTo("UP");
        assertThat(JsonPath.from(ready.asString()).getString("checks.find { it.name == 'File store' }.data.store"))
                .isEqualTo("directory");
        assertThat(ready.asString()).doesNotContain("test-data");
    }

    @Test
    void livenessChecksNeitherTheDatabaseNorTheFileStore() {
        Response live = given().get("/q/health/live");

        assertThat(live.statusCode()).isEqualTo(200);
        assertThat(live.asString()).doesNotContain("Database").doesNotContain("File store");
        // Answered without a single statement to the database (request metrics are on in tests).
        assertThat(live.header("X-Sql-Statements")).isEqualTo("0");
    }
}
