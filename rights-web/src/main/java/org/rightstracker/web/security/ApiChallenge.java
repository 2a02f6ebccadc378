package org.rightstracker.web.security;

import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * API clients get a 401 with a Basic challenge when they send no credentials at all, instead of the
 * redirect to the sign-in page that browsers get. Requests with a session cookie pass on to the form
 * mechanism, so the API also works from a signed-in browser.
 */
@ApplicationScoped
public class ApiChallenge {

    static final String SESSION_COOKIE = "quarkus-credential";

    void register(@Observes Filters filters) {
        filters.register(this::challengeAnonymousApiCalls, 400);
    }

    void challengeAnonymousApiCalls(RoutingContext context) {
        String path = context.normalizedPath();
        boolean api = path.startsWith("/api/");
        boolean credentials = context.request().getHeader(HttpHeaders.AUTHORIZATION) != null
                || context.request().getCookie(SESSION_COOKIE) != null;
        if (api && !credentials) {
            context.response()
                    .setStatusCode(401)
                    .putHeader("WWW-Authenticate", "Basic realm=\"Rights Tracker\"")
                    .putHeader(HttpHeaders.CONTENT_TYPE, "application/problem+json")
                    .end("{\"type\":\"about:blank\",\"title\":\"Unauthorized\",\"status\":401,"
                            + "\"detail\":\"Sign in with HTTP Basic (your user name and password).\",\"errors\":[]}");
            return;
        }
        context.next();
    }
}
