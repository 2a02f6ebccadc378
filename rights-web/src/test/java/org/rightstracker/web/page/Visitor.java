package org.rightstracker.web.page;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.io.File;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Someone using the pages in a test: signed in through the sign-in form once, then carrying the
 * session cookie and a CSRF token pair (cookie plus form field) on every form post, as a browser does.
 */
public final class Visitor {

    static final Pattern TOKEN = Pattern.compile("name=\"csrf-token\" value=\"([^\"]+)\"");

    private final String session;
    private String csrfCookie;
    private String csrfToken;
    private String flash;

    private Visitor(String session) {
        this.session = session;
    }

    public static Visitor signIn(String username, String password) {
        Response signIn = given().redirects()
                .follow(false)
                .formParams(Map.of("j_username", username, "j_password", password))
                .post("/j_security_check");
        assertThat(signIn.statusCode()).as("sign-in of " + username).isEqualTo(302);
        assertThat(signIn.header("Location")).as("sign-in of " + username).doesNotContain("error");
        return new Visitor(signIn.cookie("quarkus-credential"));
    }

    public static Visitor anonymous() {
        return new Visitor(null);
    }

    /** A request carrying the session (and the flash cookie of the last redirect, as a browser would). */
    public RequestSpecification request() {
        RequestSpecification request = given().redirects().follow(false);
        if (session != null) {
            request = request.cookie("quarkus-credential", session);
        }
        if (flash != null) {
            request = request.cookie("rights-flash", flash);
            flash = null;
        }
        return request;
    }

    public Response get(String path) {
        return request().get(path);
    }

    /** A GET as htmx sends it, asking for a fragment. */
    public Response htmxGet(String path) {
        return request().header("HX-Request", "true").get(path);
    }

    /** Posts a form with the CSRF token, as the page's form would. */
    public Response post(String path, Map<String, ?> fields) {
        Response response = withToken(request())
                .formParam("csrf-token", token())
                .formParams(fields)
                .post(path);
        remember(response);
        return response;
    }

    /** Posts a form as htmx does: same fields and token, plus the header that asks for a fragment. */
    public Response htmxPost(String path, Map<String, ?> fields) {
        return withToken(request())
                .formParam("csrf-token", token())
                .header("HX-Request", "true")
                .formParams(fields)
                .post(path);
    }

    /** Posts a multipart form with one file, as the document upload form does. */
    public Response upload(String path, File file, String mimeType, Map<String, String> fields) {
        return multipart(path, file, mimeType, fields, false);
    }

    /** Posts a multipart form whose file input was left empty: browsers still send the part, nameless. */
    public Response uploadNothing(String path, Map<String, String> fields) {
        return multipart(path, null, null, fields, false);
    }

    /** Posts a multipart form as htmx does (hx-encoding), with one file or none. */
    public Response htmxUpload(String path, File file, String mimeType, Map<String, String> fields) {
        return multipart(path, file, mimeType, fields, true);
    }

    /** Posts a multipart form whose fields may repeat (ticked checkboxes of one name), with one file or none. */
    public Response upload(String path, File file, String mimeType, List<Map.Entry<String, String>> fields) {
        return multipart(path, file, mimeType, fields, false);
    }

    private Response multipart(String path, File file, String mimeType, Map<String, String> fields, boolean htmx) {
        return multipart(path, file, mimeType, List.copyOf(fields.entrySet()), htmx);
    }

    private Response multipart(
            String path, File file, String mimeType, List<Map.Entry<String, String>> fields, boolean htmx) {
        RequestSpecification request = withToken(request()).multiPart("csrf-token", token());
        request = file == null
                ? request.multiPart("file", "", new byte[0], "application/octet-stream")
                : request.multiPart("file", file, mimeType);
        if (htmx) {
            request = request.header("HX-Request", "true");
        }
        for (Map.Entry<String, String> field : fields) {
            request = request.multiPart(field.getKey(), field.getValue());
        }
        Response response = request.post(path);
        remember(response);
        return response;
    }

    /** Follows a 303 the way a browser does, returning the page it leads to. */
    public Response follow(Response redirect) {
        assertThat(redirect.statusCode())
                .as("a redirect, got: " + redirect.body().asString())
                .isEqualTo(303);
        String location = redirect.header("Location");
        String path = location.replaceFirst("^https?://[^/]+", "").replaceFirst("#.*$", "");
        return get(path);
    }

    private void remember(Response response) {
        String set = response.cookie("rights-flash");
        if (set != null && !set.isEmpty()) {
            flash = set;
        }
    }

    private String token() {
        if (session == null) {
            return "none";
        }
        if (csrfToken == null) {
            Response page = request().get("/account/password");
            Matcher matcher = TOKEN.matcher(page.body().asString());
            assertThat(matcher.find()).as("a page with a CSRF token").isTrue();
            csrfToken = matcher.group(1);
            csrfCookie = page.cookie("csrf-token");
        }
        return csrfToken;
    }

    private RequestSpecification withToken(RequestSpecification request) {
        token();
        return csrfCookie == null ? request : request.cookie("csrf-token", csrfCookie);
    }
}
