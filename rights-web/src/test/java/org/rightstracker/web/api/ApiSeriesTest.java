package org.rightstracker.web.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.rightstracker.web.api.Api.as;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.rightstracker.core.clearance.ClearanceItem;
import org.rightstracker.core.production.Production;
import org.rightstracker.web.page.PageWorld;
import org.rightstracker.web.security.Team;

/** Series, seasons, episodes, licence range and granted use through the JSON API. */
@QuarkusTest
class ApiSeriesTest {

    @Inject
    Team teamBuilder;

    @Inject
    PageWorld world;

    @BeforeEach
    void team() {
        teamBuilder.ensure();
    }

    @Test
    void aSeriesLicenceSetThroughTheApiClearsTheSameSongInTheNextEpisode() {
        PageWorld.Song song = world.song();
        long series = as("ADMIN")
                .body(Map.of(
                        "title", Api.unique("Api Series"),
                        "currency", "USD",
                        "releasePlan", Map.of("media", "ALL_MEDIA", "territories", "WORLD", "termStart", "2026-01-01")))
                .post("/api/v1/series")
                .then()
                .statusCode(201)
                .extract()
                .jsonPath()
                .getLong("id");
        long season = as("ADMIN")
                .body(Map.of("number", 1, "budget", "5000"))
                .post("/api/v1/series/" + series + "/seasons")
                .then()
                .statusCode(201)
                .body("number", equalTo(1))
                .extract()
                .jsonPath()
                .getLong("id");
        as("ADMIN")
                .body(Map.of("number", 1))
                .post("/api/v1/series/" + series + "/seasons")
                .then()
                .statusCode(409);
        place(song.production(), season);
        long second = world.production(PageWorld.unique("Api Episode")).id;
        place(second, season);

        as("ADMIN")
                .body(Map.of("sourceProductionId", song.production()))
                .post("/api/v1/productions/" + second + "/cue-copies")
                .then()
                .statusCode(200)
                .body("copied", contains("2M14"));

        // Both publishers and the label license the first episode's cue for the whole season, up to 2 uses.
        for (long party : List.of(song.publisherA(), song.publisherB(), song.label())) {
            ClearanceItem item = world.item(song.cue(), party);
            as("ADMIN")
                    .body(Map.of(
                            "version",
                            item.version,
                            "range",
                            "SEASON",
                            "rangeCap",
                            2,
                            "usages",
                            List.of("BI", "BV"),
                            "maxDuration",
                            "1:00"))
                    .put("/api/v1/clearance-items/" + item.id + "/use")
                    .then()
                    .statusCode(200)
                    .body("licenceUse.range", equalTo("SEASON"))
                    .body("licenceUse.rangeCap", equalTo(2))
                    .body("licenceUse.usages", contains("BI", "BV"))
                    .body("licenceUse.maxDurationSeconds", equalTo(60));
            world.license(item.id, "1000");
        }

        long copied = QuarkusTransaction.requiringNew()
                .call(() -> Production.<Production>findById(second).cues.get(0).id);
        as("ADMIN")
                .get("/api/v1/productions/" + second + "/clearance")
                .then()
                .statusCode(200)
                .body("cues.find { it.cueId == " + copied + " }.status", equalTo("CLEARED"));
        as("ADMIN")
                .get("/api/v1/series/" + series + "/rollup")
                .then()
                .statusCode(200)
                .body("seasons[0].episodes.size()", equalTo(2))
                .body("seasons[0].episodes.clearedCues", contains(1, 1))
                .body("seasons[0].number", equalTo(1));
    }

    @Test
    void badRangeAndAnotherTeamsSeriesAreRefused() {
        PageWorld.Song song = world.song();
        ClearanceItem item = world.item(song.cue(), song.publisherA());
        as("ADMIN")
                .body(Map.of("version", item.version, "range", "GALAXY", "rangeCap", 0))
                .put("/api/v1/clearance-items/" + item.id + "/use")
                .then()
                .statusCode(400)
                .body("errors.field", hasItem("range"))
                .body("errors.field", hasItem("rangeCap"));
        long series = as("ADMIN")
                .body(Map.of("title", Api.unique("Hidden Series")))
                .post("/api/v1/series")
                .then()
                .statusCode(201)
                .extract()
                .jsonPath()
                .getLong("id");
        long season = as("ADMIN")
                .body(Map.of("number", 1))
                .post("/api/v1/series/" + series + "/seasons")
                .then()
                .statusCode(201)
                .extract()
                .jsonPath()
                .getLong("id");
        place(song.production(), season);
        // The team's viewer is not on the song's production: the series reads as missing.
        as("VIEWER").get("/api/v1/series/" + series).then().statusCode(404);
        as("VIEWER").get("/api/v1/seasons/" + season + "/rollup").then().statusCode(404);
        assertThat(as("VIEWER").get("/api/v1/series").jsonPath().getList("id", Long.class))
                .doesNotContain(series);
    }

    private static void place(long production, long season) {
        long version =
                QuarkusTransaction.requiringNew().call(() -> Production.<Production>findById(production).version);
        as("ADMIN")
                .body(Map.of("version", version, "seasonId", season, "currencyFromSeries", true))
                .put("/api/v1/productions/" + production + "/season")
                .then()
                .statusCode(200)
                .body("seasonId", equalTo((int) season));
    }
}
