package org.rightstracker.web.page;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.qute.TemplateInstance;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.UriInfo;
import java.lang.reflect.Proxy;
import java.net.URI;
import org.junit.jupiter.api.Test;
import org.rightstracker.web.error.ErrorMappers;
import org.rightstracker.web.security.Role;

/** Every error is a page of the product with a way back; htmx gets it as a message, the API as JSON. */
@QuarkusTest
class ErrorPagesTest {

    @Inject
    PageWorld world;

    @Test
    void anUnknownAddressIsTheProducts404WithAWayBack() {
        Visitor viewer = world.visitor(Role.VIEWER);

        Response page =
                viewer.request().header("Referer", "http://localhost/works?q=x").get("/no/such/page");

        assertThat(page.statusCode()).isEqualTo(404);
        assertThat(page.contentType()).startsWith("text/html");
        assertThat(page.asString())
                .contains("Page not found")
                .contains("There is no page at /no/such/page.")
                .contains("href=\"/\">Back to the dashboard")
                .contains("href=\"/works?q=x\">Back to the previous page");
    }

    @Test
    void aMissingRecordAForbiddenActionAndAConflictEachGetTheirPage() {
        PageWorld.Song song = world.song();
        Visitor viewer = world.visitor(Role.VIEWER, song.production());

        assertThat(viewer.get("/cues/987654321").asString()).contains("Cue 987654321 does not exist.");
        Response forbidden = viewer.get("/productions/" + song.production() + "/edit");
        assertThat(forbidden.statusCode()).isEqualTo(403);
        assertThat(forbidden.asString())
                .contains("<p class=\"status-code\">403</p>")
                .contains("Back to the dashboard");

        Visitor supervisor = world.visitor(Role.SUPERVISOR, song.production());
        Response stale = supervisor.post("/cues/" + song.cue() + "/delete", java.util.Map.of("version", "99"));
        assertThat(stale.statusCode()).isEqualTo(409);
        assertThat(stale.asString()).contains("was changed by someone else").contains("Back to the dashboard");
    }

    @Test
    void anUnexpectedFailureIsA500PageWithAReferenceAndNoStackTrace() {
        jakarta.ws.rs.core.Response response = new ErrorMappers()
                .unexpected(new IllegalStateException("secret internals"), uri("/cues/1"), headers(false));

        assertThat(response.getStatus()).isEqualTo(500);
        String page = ((TemplateInstance) response.getEntity()).render();
        assertThat(page)
                .contains("Something went wrong")
                .containsPattern("the reference [0-9a-f]{8}")
                .contains("Back to the dashboard")
                .doesNotContain("secret internals")
                .doesNotContain("IllegalStateException");
    }

    @Test
    void anHtmxRequestGetsTheMessageForTheMessageArea() {
        jakarta.ws.rs.core.Response response = new ErrorMappers()
                .unexpected(new IllegalStateException("boom"), uri("/clearance-items/1/step"), headers(true));

        assertThat(response.getHeaderString("HX-Retarget")).isEqualTo("#messages");
        assertThat(((TemplateInstance) response.getEntity()).render())
                .contains("role=\"alert\"")
                .doesNotContain("<html");
    }

    @Test
    void theApiKeepsSpeakingProblemJson() {
        Response response = Visitor.anonymous()
                .request()
                .auth()
                .preemptive()
                .basic("admin", "admin-password-1")
                .get("/api/v1/no-such-endpoint");
        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.contentType()).startsWith("application/problem+json");
    }

    private static UriInfo uri(String path) {
        return (UriInfo) Proxy.newProxyInstance(
                UriInfo.class.getClassLoader(),
                new Class<?>[] {UriInfo.class},
                (proxy, method, args) -> switch (method.getName()) {
                    case "getPath" -> path;
                    case "getRequestUri" -> URI.create("http://localhost" + path);
                    default -> null;
                });
    }

    private static HttpHeaders headers(boolean htmx) {
        return (HttpHeaders) Proxy.newProxyInstance(
                HttpHeaders.class.getClassLoader(),
                new Class<?>[] {HttpHeaders.class},
                (proxy, method, args) ->
                        method.getName().equals("getHeaderString") && "HX-Request".equals(args[0]) && htmx
                                ? "true"
                                : null);
    }
}
