package org.rightstracker.web.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.rightstracker.web.page.PageWorld;
import org.rightstracker.web.security.Role;

/** The EDL over the API: a preview that writes nothing, a commit with the preview's basis, refusals. */
@QuarkusTest
class ApiEdlTest {

    @Inject
    PageWorld world;

    private RequestSpecification as(String user) {
        return given().auth()
                .preemptive()
                .basic(user, PageWorld.PASSWORD)
                .contentType("text/plain")
                .accept("application/json");
    }

    private static String cut(String clip, String out) {
        return "TITLE: API CUT\nFCM: NON-DROP FRAME\n001  AX  A  C  00:00:00:00 00:00:10:00 01:00:00:00 " + out
                + "\n* FROM CLIP NAME: " + clip + "\n";
    }

    @Test
    void aPreviewAnswersThePlanAndTheCommitAppliesIt() {
        PageWorld.Song song = world.song();
        String user = world.user(Role.SUPERVISOR, song.production());
        String path = "/api/v1/productions/" + song.production() + "/edl/";
        String edl = cut("Recording " + song.tag() + ".wav", "01:00:45:00");

        JsonPath preview = as(user).body(edl)
                .post(path + "preview")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        assertThat(preview.getString("cues[0].number")).isEqualTo("2M14");
        assertThat(preview.getString("cues[0].action")).isEqualTo("CHANGED");
        assertThat(preview.getString("cues[0].matchedBy")).isEqualTo("title");
        assertThat(preview.getList("cues[0].consequences", String.class)).isNotEmpty();
        assertThat(preview.getString("frameRate")).isEqualTo("24");
        String basis = preview.getString("basis");

        JsonPath result = as(user).queryParam("basis", basis)
                .body(edl)
                .post(path + "commit")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        assertThat(result.getInt("changed")).isEqualTo(1);

        JsonPath stale = as(user).queryParam("basis", basis)
                .body(cut("Recording " + song.tag(), "01:00:50:00"))
                .post(path + "commit")
                .then()
                .statusCode(409)
                .extract()
                .jsonPath();
        assertThat(stale.getString("detail")).contains("2M14 (edited)");
    }

    @Test
    void badChoicesAreRefusedNamingTheirParameter() {
        PageWorld.Song song = world.song();
        String user = world.user(Role.SUPERVISOR, song.production());
        String path = "/api/v1/productions/" + song.production() + "/edl/";
        String edl = cut("x", "01:00:05:00");

        assertThat(as(user).queryParam("frameRate", "27")
                        .body(edl)
                        .post(path + "preview")
                        .then()
                        .statusCode(400)
                        .extract()
                        .jsonPath()
                        .getString("errors[0].field"))
                .isEqualTo("frameRate");
        assertThat(as(user).queryParam("link", "abc")
                        .body(edl)
                        .post(path + "preview")
                        .then()
                        .statusCode(400)
                        .extract()
                        .jsonPath()
                        .getString("errors[0].field"))
                .isEqualTo("link");
        assertThat(as(user).body(edl)
                        .post(path + "commit")
                        .then()
                        .statusCode(400)
                        .extract()
                        .jsonPath()
                        .getString("errors[0].field"))
                .isEqualTo("basis");
        as(user).body("").post(path + "preview").then().statusCode(400);
        as(world.user(Role.VIEWER, song.production()))
                .body(edl)
                .post(path + "preview")
                .then()
                .statusCode(403);
    }
}
