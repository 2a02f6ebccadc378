package org.rightstracker.web.metrics;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.rightstracker.web.page.PageWorld;
import org.rightstracker.web.page.Visitor;
import org.rightstracker.web.security.Role;

/** With {@code rights.request-metrics} on (as in tests), every response tells its time and its statements. */
@QuarkusTest
class RequestMetricsTest {

    @Inject
    PageWorld world;

    @Test
    void aPageCarriesItsServerTimeAndTheStatementsItPrepared() {
        PageWorld.Song song = world.song();
        Visitor supervisor = world.visitor(Role.SUPERVISOR, song.production());

        Response page = supervisor.get("/cues/" + song.cue());

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.header("Server-Timing")).matches("app;dur=\\d+\\.\\d");
        // Reading a cue takes several statements (the user, the access check, the cue, its clearance).
        assertThat(Integer.parseInt(page.header("X-Sql-Statements"))).isGreaterThan(3);
    }

    @Test
    void eachRequestCountsOnlyItsOwnStatements() {
        PageWorld.Song song = world.song();
        Visitor supervisor = world.visitor(Role.SUPERVISOR, song.production());

        int first = Integer.parseInt(supervisor.get("/cues/" + song.cue()).header("X-Sql-Statements"));
        int second = Integer.parseInt(supervisor.get("/cues/" + song.cue()).header("X-Sql-Statements"));

        assertThat(second).isEqualTo(first);
    }

    @Test
    void aResponseWithoutDatabaseWorkSaysZeroStatements() {
        Response health = given().get("/q/health/live");

        assertThat(health.statusCode()).isEqualTo(200);
        assertThat(health.header("X-Sql-Statements")).isEqualTo("0");
        assertThat(health.header("Server-Timing")).startsWith("app;dur=");
    }
}
