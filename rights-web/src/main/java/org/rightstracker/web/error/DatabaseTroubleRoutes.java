package org.rightstracker.web.error;

import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.jboss.logging.Logger;

/**
 * The same 503 answer for database trouble that surfaces before any page or API method runs: signing
 * in and re-reading the session's user both ask the database, and their failures travel through the
 * HTTP layer's failure handlers rather than the exception mappers of {@link ErrorMappers}.
 */
@ApplicationScoped
public class DatabaseTroubleRoutes {

    private static final Logger LOG = Logger.getLogger(DatabaseTroubleRoutes.class);

    @Inject
    @Location("ErrorPages/error.html")
    Template errorPage;

    void install(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE).failureHandler(this::answer);
    }

    private void answer(RoutingContext context) {
        var trouble = DatabaseTrouble.of(context.failure());
        if (trouble.isEmpty()
                || context.response().ended()
                || context.response().headWritten()) {
            context.next();
            return;
        }
        LOG.warnf(
                "%s on %s: %s",
                trouble.get().title(), context.normalizedPath(), ErrorMappers.rootMessage(context.failure()));
        var response = context.response()
                .setStatusCode(503)
                .putHeader("Retry-After", Integer.toString(DatabaseTrouble.RETRY_AFTER_SECONDS))
                .putHeader("Cache-Control", "no-store");
        if (context.normalizedPath().startsWith("/api/")) {
            response.putHeader("Content-Type", ErrorMappers.PROBLEM.toString())
                    .end(new JsonObject()
                            .put("type", "about:blank")
                            .put("title", trouble.get().title())
                            .put("status", 503)
                            .put("detail", trouble.get().detail())
                            .put("errors", new io.vertx.core.json.JsonArray())
                            .encode());
        } else {
            response.putHeader("Content-Type", "text/html;charset=UTF-8")
                    .end(errorPage
                            .data("status", 503)
                            .data("title", trouble.get().title())
                            .data("detail", trouble.get().detail())
                            .data("backLink", null)
                            .render());
        }
    }
}
