package org.rightstracker.web.metrics;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.rightstracker.web.page.PageWorld;
import org.rightstracker.web.page.Visitor;
import org.rightstracker.web.security.Role;

/** /q/metrics: who may read it, HTTP timings by route template, and the application's own meters. */
@QuarkusTest
class OperationsMetricsTest {

    static final String TOKEN = "test-scraper-token-0123456789";

    @Inject
    PageWorld world;

    @Test
    void strangersAndRolesWithoutThePermissionGetNoMetrics() {
        Response anonymous = given().redirects().follow(false).get("/q/metrics");
        Response viewer = world.visitor(Role.VIEWER).get("/q/metrics");
        Response supervisorByBasic = given().auth()
                .preemptive()
                .basic(world.user(Role.SUPERVISOR), PageWorld.PASSWORD)
                .get("/q/metrics");
        Response wrongToken = given().redirects()
                .follow(false)
                .header("Authorization", "Bearer not-the-token-at-all-000")
                .get("/q/metrics");

        assertThat(anonymous.statusCode()).isIn(302, 401);
        assertThat(anonymous.asString()).doesNotContain("jvm_");
        assertThat(viewer.statusCode()).isEqualTo(403);
        assertThat(supervisorByBasic.statusCode()).isEqualTo(403);
        assertThat(wrongToken.statusCode()).isIn(302, 401, 403);
        assertThat(wrongToken.asString()).doesNotContain("jvm_");
    }

    @Test
    void anAdministratorAndAScraperWithTheTokenReadPrometheusText() {
        Response admin = world.visitor(Role.ADMIN).get("/q/metrics");
        Response scraper = given().header("Authorization", "Bearer " + TOKEN).get("/q/metrics");

        assertThat(admin.statusCode()).isEqualTo(200);
        assertThat(scraper.statusCode()).isEqualTo(200);
        assertThat(scraper.asString())
                .contains("# TYPE jvm_memory_used_bytes gauge")
                // The connection pool, for "connections exhausted" alerts.
                .contains("agroal_active_count")
                .contains("rights_jobs_last_success_seconds{job=\"expiry-marking\"}")
                .contains("rights_backup_last_success_seconds");
    }

    @Test
    void httpTimingsAreTaggedByRouteTemplateNeverByTheIdInTheAddress() {
        PageWorld.Song song = world.song();
        Visitor supervisor = world.visitor(Role.SUPERVISOR, song.production());
        assertThat(supervisor.get("/cues/" + song.cue()).statusCode()).isEqualTo(200);
        assertThat(supervisor.get("/no-such-page/" + song.cue()).statusCode()).isEqualTo(404);

        String metrics = scrape();

        assertThat(metrics).containsPattern("http_server_requests_seconds_count\\{[^}]*uri=\"/cues/\\{id\\}\"");
        assertThat(metrics).doesNotContain("uri=\"/cues/" + song.cue() + "\"");
        assertThat(metrics).doesNotContain("/no-such-page/" + song.cue());
    }

    @Test
    void verdictCachesCountEvaluationsAndHits() {
        PageWorld.Song song = world.song();
        Visitor supervisor = world.visitor(Role.SUPERVISOR, song.production());
        double evaluatedBefore = value(scrape(), "rights_clearance_evaluations_total", "cache=\"production\"");
        double hitsBefore = value(scrape(), "rights_clearance_cache_hits_total", "cache=\"production\"");

        supervisor.get("/productions/" + song.production());
        supervisor.get("/productions/" + song.production());

        String after = scrape();
        assertThat(value(after, "rights_clearance_evaluations_total", "cache=\"production\""))
                .isEqualTo(evaluatedBefore + 1);
        assertThat(value(after, "rights_clearance_cache_hits_total", "cache=\"production\""))
                .isGreaterThanOrEqualTo(hitsBefore + 1);
        assertThat(after).contains("rights_clearance_evaluation_duration_seconds_count{cache=\"production\"}");
    }

    @Test
    void aCommittedImportCountsItsFileItsRecordsAndItsTime() throws Exception {
        byte[] cwr = Files.readAllBytes(Path.of("../rights-core/src/test/resources/importing/cwr/nwrexample2.V21"));
        double filesBefore = value(scrape(), "rights_imports_total", "kind=\"cwr\",outcome=\"committed\"");
        double recordsBefore = value(scrape(), "rights_import_records_total", "kind=\"cwr\"");

        Response imported = given().auth()
                .preemptive()
                .basic(world.user(Role.SUPERVISOR), PageWorld.PASSWORD)
                .contentType("text/plain")
                .body(cwr)
                .post("/api/v1/imports/cwr?fileName=nwrexample2.V21");

        assertThat(imported.statusCode()).isEqualTo(200);
        String after = scrape();
        assertThat(value(after, "rights_imports_total", "kind=\"cwr\",outcome=\"committed\""))
                .isEqualTo(filesBefore + 1);
        assertThat(value(after, "rights_import_records_total", "kind=\"cwr\"")).isGreaterThan(recordsBefore);
        assertThat(after).contains("rights_import_duration_seconds_count{kind=\"cwr\"}");
    }

    static String scrape() {
        Response response = given().header("Authorization", "Bearer " + TOKEN).get("/q/metrics");
        assertThat(response.statusCode()).isEqualTo(200);
        return response.asString();
    }

    /** The value of one series (name and a label fragment), 0 when it does not exist yet. */
    static double value(String metrics, String name, String labels) {
        Matcher m = Pattern.compile("(?m)^" + Pattern.quote(name) + "\\{([^}]*)\\} (\\S+)$")
                .matcher(metrics);
        double total = 0;
        boolean found = false;
        while (m.find()) {
            if (m.group(1).contains(labels)) {
                total += Double.parseDouble(m.group(2));
                found = true;
            }
        }
        return found ? total : 0;
    }
}
