package org.rightstracker.web.security;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.rightstracker.core.cuesheet.CueSheetRevision;
import org.rightstracker.core.signoff.SignOff;

/**
 * Every role against every page and API route family: allowed, 403 for the wrong role, 404 for
 * another team's production, and a redirect to sign-in (pages) or 401 (API) when anonymous.
 */
@QuarkusTest
class AuthorizationMatrixTest {

    static final String ANONYMOUS = "anonymous";
    static final String OUTSIDER = "outsider";
    static final List<String> CALLERS = List.of("ADMIN", "SUPERVISOR", "PRODUCER", "VIEWER", OUTSIDER, ANONYMOUS);

    @Inject
    Team teamBuilder;

    Team.Ids team;

    @BeforeEach
    void team() {
        team = teamBuilder.ensure();
    }

    /** A route and the status each caller must get, in {@link #CALLERS} order. */
    record Route(String name, Function<Team.Ids, String> path, int... expected) {}

    List<Route> routes() {
        return List.of(
                new Route("start page", t -> "/", 200, 200, 200, 200, 200, 302),
                new Route("users admin", t -> "/admin/users", 200, 403, 403, 403, 403, 302),
                new Route("own account", t -> "/account/password", 200, 200, 200, 200, 200, 302),
                new Route("own cue history", t -> "/cues/" + t.ownCue() + "/history", 200, 200, 200, 200, 404, 302),
                new Route(
                        "other team's cue history",
                        t -> "/cues/" + t.otherCue() + "/history",
                        200,
                        404,
                        404,
                        404,
                        404,
                        302),
                new Route(
                        "own licence history",
                        t -> "/clearance-items/" + t.ownItem() + "/history",
                        200,
                        200,
                        200,
                        200,
                        404,
                        302),
                new Route(
                        "other team's licence history",
                        t -> "/clearance-items/" + t.otherItem() + "/history",
                        200,
                        404,
                        404,
                        404,
                        404,
                        302),
                new Route("unknown cue", t -> "/cues/987654321/history", 404, 404, 404, 404, 404, 302),
                new Route(
                        "report hub, own",
                        t -> "/productions/" + t.ownProduction() + "/reports",
                        200,
                        200,
                        200,
                        200,
                        404,
                        302),
                new Route(
                        "report hub, other team's",
                        t -> "/productions/" + t.otherProduction() + "/reports",
                        200,
                        404,
                        404,
                        404,
                        404,
                        302),
                new Route(
                        "checklist PDF, own",
                        t -> "/productions/" + t.ownProduction() + "/reports/checklist?format=pdf",
                        200,
                        200,
                        200,
                        200,
                        404,
                        302),
                new Route(
                        "sign-off confirmation, own",
                        t -> "/productions/" + t.ownProduction() + "/reports/sign-offs/new",
                        200,
                        403,
                        200,
                        403,
                        404,
                        302),
                new Route("expiring rights", t -> "/reports/expiring", 200, 200, 200, 200, 200, 302),
                new Route("imports", t -> "/imports", 200, 200, 403, 403, 200, 302),
                new Route("backup", t -> "/backup", 200, 403, 403, 403, 403, 302),
                new Route(
                        "API: report file",
                        t -> "/api/v1/productions/" + t.ownProduction() + "/reports/checklist?format=csv",
                        200,
                        200,
                        200,
                        200,
                        404,
                        401),
                new Route("API: productions", t -> "/api/v1/productions", 200, 200, 200, 200, 200, 401),
                new Route("API: who am I", t -> "/api/v1/me", 200, 200, 200, 200, 200, 401));
    }

    @Test
    void everyRoleGetsExactlyWhatItIsAllowed() {
        List<String> wrong = new ArrayList<>();
        for (Route route : routes()) {
            for (int i = 0; i < CALLERS.size(); i++) {
                String caller = CALLERS.get(i);
                String path = route.path().apply(team);
                Response response = as(caller).redirects().follow(false).get(path);
                int expected = route.expected()[i];
                if (response.statusCode() != expected) {
                    wrong.add(route.name() + " " + path + " as " + caller + ": expected " + expected + ", got "
                            + response.statusCode());
                } else if (expected == 302) {
                    assertThat(response.header("Location")).as(path).endsWith("/login");
                }
            }
        }
        assertThat(wrong).isEmpty();
    }

    @Test
    void theApiSpeaksProblemJsonForDeniedAndMissingThings() {
        given().redirects()
                .follow(false)
                .get("/api/v1/me")
                .then()
                .statusCode(401)
                .header("WWW-Authenticate", "Basic realm=\"Rights Tracker\"")
                .contentType("application/problem+json");
        as("VIEWER")
                .get("/api/v1/me")
                .then()
                .statusCode(200)
                .body("username", org.hamcrest.Matchers.equalTo("team-viewer"))
                .body("permissions", org.hamcrest.Matchers.empty())
                .body("productions.id", org.hamcrest.Matchers.hasItem((int) team.ownProduction()))
                .body("productions.id", org.hamcrest.Matchers.not(org.hamcrest.Matchers.hasItem((int)
                        team.otherProduction())));
    }

    @Test
    void theApiSaysWhatTheCallersRoleAllowsAndRefusesTheRestNamingThePermission() {
        as("PRODUCER")
                .get("/api/v1/me")
                .then()
                .statusCode(200)
                .body("permissions", org.hamcrest.Matchers.contains("SIGN_OFF"));
        as("PRODUCER")
                .contentType("application/json")
                .body("{}")
                .post("/api/v1/works")
                .then()
                .statusCode(403)
                .contentType("application/problem+json")
                .body("detail", org.hamcrest.Matchers.containsString("change works, recordings and parties"));
    }

    @Test
    void aWrongPasswordIsRefusedOnTheApiAndOnPages() {
        given().auth()
                .preemptive()
                .basic(Team.user(Role.VIEWER), "not the password")
                .redirects()
                .follow(false)
                .get("/api/v1/me")
                .then()
                .statusCode(401);
        Response page = given().redirects()
                .follow(false)
                .formParams(Map.of("j_username", Team.user(Role.VIEWER), "j_password", "not the password"))
                .post("/j_security_check");
        assertThat(page.statusCode()).isEqualTo(302);
        assertThat(page.header("Location")).endsWith("/login?error");
    }

    @Test
    void onlyProducersAndAdministratorsSignOffAndOnlySupervisorsIssueCueSheets() {
        String hub = "/productions/" + team.ownProduction() + "/reports";
        Map<String, String> signing = Map.of(
                "number",
                Long.toString(SignOff.count("production.id", team.ownProduction()) + 1),
                "withExceptions",
                "true",
                "reason",
                "Accepted as it stands for the test");
        assertThat(postWithToken("SUPERVISOR", hub, hub + "/sign-offs", signing).statusCode())
                .isEqualTo(403);
        assertThat(postWithToken("VIEWER", hub, hub + "/sign-offs", signing).statusCode())
                .isEqualTo(403);
        assertThat(postWithToken("PRODUCER", hub, hub + "/sign-offs", signing).statusCode())
                .isEqualTo(303);
        Map<String, String> issuing =
                Map.of("number", Long.toString(CueSheetRevision.count("production.id", team.ownProduction()) + 1));
        assertThat(postWithToken("PRODUCER", hub, hub + "/cue-sheet/revisions", issuing)
                        .statusCode())
                .isEqualTo(403);
        assertThat(postWithToken("SUPERVISOR", hub, hub + "/cue-sheet/revisions", issuing)
                        .statusCode())
                .isEqualTo(303);
        assertThat(postWithToken(OUTSIDER, hub, hub + "/cue-sheet/revisions", issuing)
                        .statusCode())
                .isEqualTo(404);
    }

    /** A form post as a browser makes it: the CSRF cookie and field taken from a page the caller can open. */
    private static Response postWithToken(String caller, String formPage, String target, Map<String, String> fields) {
        // Every signed-in page carries a token (the sign-out form); another team's caller takes it from the dashboard.
        Response page = as(caller).get(caller.equals(OUTSIDER) ? "/" : formPage);
        java.util.regex.Matcher token = java.util.regex.Pattern.compile("name=\"csrf-token\" value=\"([^\"]+)\"")
                .matcher(page.body().asString());
        assertThat(token.find()).as("a CSRF token on " + formPage).isTrue();
        return as(caller)
                .cookie("csrf-token", page.cookie("csrf-token"))
                .redirects()
                .follow(false)
                .formParam("csrf-token", token.group(1))
                .formParams(fields)
                .post(target);
    }

    static RequestSpecification as(String caller) {
        return switch (caller) {
            case ANONYMOUS -> given();
            case OUTSIDER -> given().auth().preemptive().basic(OUTSIDER, Team.PASSWORD);
            default -> given().auth().preemptive().basic(Team.user(Role.valueOf(caller)), Team.PASSWORD);
        };
    }
}
