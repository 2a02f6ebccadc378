package org.rightstracker.web.logging;

import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.ws.rs.container.ContainerRequestContext;
import java.security.Principal;
import java.util.HexFormat;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Pattern;
import org.jboss.logging.MDC;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Puts the request id and the signed-in user's name on every log line written while serving a
 * request ({@code requestId}, {@code user} in the MDC: in the text format's brackets and in the JSON
 * logs' {@code mdc} object), so one request's lines can be found together. The id is the caller's
 * {@code X-Request-Id} when it looks like one (a proxy's), else a fresh one; it is echoed in the
 * response. Nothing else goes there: no session, no password, no other personal data.
 */
@ApplicationScoped
public class RequestLogContext {

    public static final String REQUEST_ID = "requestId";
    public static final String USER = "user";
    public static final String HEADER = "X-Request-Id";

    /** What an upstream id may look like: short, and nothing that could forge a log line. */
    private static final Pattern ACCEPTED_ID = Pattern.compile("[A-Za-z0-9._:-]{1,64}");

    /** Before the security checks, so a refused sign-in's line carries the id too. */
    private static final int EARLY = Integer.MAX_VALUE - 5;

    void register(@Observes Filters filters) {
        filters.register(RequestLogContext::tag, EARLY);
    }

    private static void tag(RoutingContext request) {
        String upstream = request.request().getHeader(HEADER);
        String id = upstream != null && ACCEPTED_ID.matcher(upstream).matches() ? upstream : freshId();
        MDC.put(REQUEST_ID, id);
        MDC.remove(USER);
        request.response().putHeader(HEADER, id);
        request.next();
    }

    /** Once the user is known (after authentication), their name joins the request's lines. */
    @ServerRequestFilter(preMatching = true)
    public void user(ContainerRequestContext context) {
        Principal principal = context.getSecurityContext() == null
                ? null
                : context.getSecurityContext().getUserPrincipal();
        if (principal != null
                && principal.getName() != null
                && !principal.getName().isEmpty()) {
            MDC.put(USER, principal.getName());
        }
    }

    private static String freshId() {
        byte[] bytes = new byte[8];
        ThreadLocalRandom.current().nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }
}
