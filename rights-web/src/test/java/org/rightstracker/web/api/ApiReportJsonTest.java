package org.rightstracker.web.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.rightstracker.web.page.PageWorld;
import org.rightstracker.web.security.Role;

/** Every production report is also JSON: the model the page renders, with money and dates by their codes. */
@QuarkusTest
class ApiReportJsonTest {

    @Inject
    PageWorld world;

    @Test
    void eachReportIsTheSameModelAsJson() {
        PageWorld.Song song = world.song();
        String viewer = world.user(Role.VIEWER, song.production());
        String base = "/api/v1/productions/" + song.production() + "/reports/";

        as(viewer)
                .get(base + "checklist?format=json")
                .then()
                .statusCode(200)
                .contentType(containsString("application/json"))
                .body("production.id", equalTo((int) song.production()))
                .body("cues", hasSize(1))
                .body("cues[0].holders.size()", equalTo(3))
                .body("cues[0].holders[0].party", notNullValue())
                .body("cues[0].holders[0].itemId", notNullValue());
        as(viewer)
                .get(base + "costs?format=json")
                .then()
                .statusCode(200)
                .body("budget.projected.currency", notNullValue())
                .body("cues", hasSize(1));
        as(viewer).get(base + "cue-sheet?format=json").then().statusCode(200).body("lines", hasSize(1));
        as(viewer).get(base + "ownership?format=json").then().statusCode(200);
        as(viewer).get(base + "budget?format=json").then().statusCode(400).body(containsString("report"));
        as(world.user(Role.VIEWER)).get(base + "checklist?format=json").then().statusCode(404);
    }

    private static RequestSpecification as(String user) {
        return given().auth().preemptive().basic(user, PageWorld.PASSWORD);
    }
}
