package org.rightstracker.web.page;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.NewCookie;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * The one-line message shown on the page a successful form post redirects to ("Saved cue 2M14.").
 * It travels in a short-lived cookie rather than the URL, so nobody can link to a page with a message
 * of their choosing and a reload does not repeat it.
 */
@Named("flash")
@RequestScoped
public class Flash {

    static final String COOKIE = "rights-flash";
    private static final int MAX_LENGTH = 400;

    @Inject
    HttpHeaders headers;

    /** The message carried by this request, or null. */
    public String message() {
        var cookie = headers.getCookies().get(COOKIE);
        if (cookie == null || cookie.getValue().isBlank()) {
            return null;
        }
        return URLDecoder.decode(cookie.getValue(), StandardCharsets.UTF_8);
    }

    /** 303 See Other to {@code path}, carrying {@code message} to the page it lands on. */
    public static Response seeOther(String path, String message) {
        String text = message.length() > MAX_LENGTH ? message.substring(0, MAX_LENGTH - 1) + "…" : message;
        return Response.seeOther(URI.create(path))
                .cookie(new NewCookie.Builder(COOKIE)
                        .value(URLEncoder.encode(text, StandardCharsets.UTF_8))
                        .path("/")
                        .maxAge(60)
                        .httpOnly(true)
                        .sameSite(NewCookie.SameSite.STRICT)
                        .build())
                .build();
    }

    static NewCookie expired() {
        return new NewCookie.Builder(COOKIE)
                .value("")
                .path("/")
                .maxAge(0)
                .httpOnly(true)
                .sameSite(NewCookie.SameSite.STRICT)
                .build();
    }
}
