package org.rightstracker.web.security;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Sign-in sessions: cookie flags, CSRF on every form, sign-out, throttling and disabled accounts. */
@QuarkusTest
class SessionSecurityTest {

    static final Pattern TOKEN = Pattern.compile("name=\"csrf-token\" value=\"([^\"]+)\"");

    @Inject
    Team teamBuilder;

    Team.Ids team;

    @Inject
    UserAccounts accounts;

    @BeforeEach
    void team() {
        team = teamBuilder.ensure();
    }

    @Test
    void signingInGivesAnHttpOnlySameSiteSessionCookie() {
        Response signIn = signIn(Team.user(Role.SUPERVISOR), Team.PASSWORD);
        assertThat(signIn.statusCode()).isEqualTo(302);
        String setCookie = signIn.headers().getValues("Set-Cookie").stream()
                .filter(c -> c.startsWith("quarkus-credential="))
                .findFirst()
                .orElseThrow();
        assertThat(setCookie).containsIgnoringCase("HttpOnly").containsIgnoringCase("SameSite=Strict");
    }

    @Test
    void aForgedFormPostWithoutTheCsrfTokenIsRefused() {
        String session = signIn(Team.user(Role.SUPERVISOR), Team.PASSWORD).cookie("quarkus-credential");
        Response forged = given().cookie("quarkus-credential", session)
                .redirects()
                .follow(false)
                .formParams(
                        Map.of("current", Team.PASSWORD, "next", "a-new-password-1", "repeated", "a-new-password-1"))
                .post("/account/password");
        assertThat(forged.statusCode()).isEqualTo(400);

        Response form = given().cookie("quarkus-credential", session).get("/account/password");
        String token = token(form.body().asString());
        Response genuine = given().cookie("quarkus-credential", session)
                .cookie("csrf-token", form.cookie("csrf-token"))
                .redirects()
                .follow(false)
                .formParams(Map.of(
                        "csrf-token",
                        token,
                        "current",
                        "wrong current",
                        "next",
                        "a-new-password-1",
                        "repeated",
                        "a-new-password-1"))
                .post("/account/password");
        // The token got the post through; the wrong current password is then refused at its field.
        assertThat(genuine.statusCode()).isEqualTo(400);
        assertThat(genuine.body().asString()).contains("Your current password is not right.");
    }

    @Test
    void signingOutNeedsTheTokenAndEndsTheSession() {
        String session = signIn(Team.user(Role.VIEWER), Team.PASSWORD).cookie("quarkus-credential");
        Response page = given().cookie("quarkus-credential", session).get("/");
        assertThat(page.statusCode()).isEqualTo(200);
        Response out = given().cookie("quarkus-credential", session)
                .cookie("csrf-token", page.cookie("csrf-token"))
                .redirects()
                .follow(false)
                .formParams(Map.of("csrf-token", token(page.body().asString())))
                .post("/logout");
        assertThat(out.statusCode()).isEqualTo(303);
        assertThat(out.header("Location")).endsWith("/login?signed-out");
        String cleared = out.headers().getValues("Set-Cookie").stream()
                .filter(c -> c.startsWith("quarkus-credential="))
                .findFirst()
                .orElseThrow();
        assertThat(cleared)
                .satisfiesAnyOf(
                        c -> assertThat(c).contains("Max-Age=0"),
                        c -> assertThat(c).contains("Expires=Thu, 01 Jan 1970"));
    }

    @Test
    void repeatedFailuresLockTheAccountEvenAgainstTheRightPassword() {
        accounts.create("guessed", "Guessed At", Role.VIEWER, Team.PASSWORD, false);
        for (int i = 0; i < UserAccountsFacts.FREE_ATTEMPTS; i++) {
            given().auth()
                    .preemptive()
                    .basic("guessed", "guess " + i)
                    .get("/api/v1/me")
                    .then()
                    .statusCode(401);
        }
        given().auth()
                .preemptive()
                .basic("guessed", Team.PASSWORD)
                .get("/api/v1/me")
                .then()
                .statusCode(401);
        AppUser locked = UserAccountsFacts.reload("guessed");
        assertThat(locked.lockedUntil).isAfter(java.time.Instant.now());
        assertThat(locked.failedLogins).isGreaterThan(UserAccountsFacts.FREE_ATTEMPTS);
    }

    @Test
    void aDisabledUserIsRefusedAtOnceEvenWithALiveSession() {
        AppUser user = accounts.create("leaver", "Leaving Soon", Role.VIEWER, Team.PASSWORD, false);
        String session = signIn("leaver", Team.PASSWORD).cookie("quarkus-credential");
        given().cookie("quarkus-credential", session)
                .redirects()
                .follow(false)
                .get("/")
                .then()
                .statusCode(200);

        accounts.setEnabled(user.id, UserAccountsFacts.reload("leaver").version, false, "admin");

        given().cookie("quarkus-credential", session)
                .redirects()
                .follow(false)
                .get("/")
                .then()
                .statusCode(302);
        given().auth()
                .preemptive()
                .basic("leaver", Team.PASSWORD)
                .get("/api/v1/me")
                .then()
                .statusCode(401);
    }

    static Response signIn(String username, String password) {
        return given().redirects()
                .follow(false)
                .formParams(Map.of("j_username", username, "j_password", password))
                .post("/j_security_check");
    }

    static String token(String html) {
        Matcher matcher = TOKEN.matcher(html);
        assertThat(matcher.find()).as("the page carries a CSRF token").isTrue();
        return matcher.group(1);
    }
}
