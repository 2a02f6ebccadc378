package org.rightstracker.web.metrics;

import io.quarkus.vertx.http.runtime.filters.Filters;
import io.smallrye.common.vertx.VertxContext;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Puts the server's own view of each request into two response headers, for the load client of
 * {@code bench/}: {@code Server-Timing: app;dur=12.3} (milliseconds from the moment this filter sees
 * the request, before authentication, to the moment the response headers are written, which for our
 * pages and API is after the body has been rendered) and {@code X-Sql-Statements: 7} (statements
 * Hibernate prepared while serving it, see {@link SqlStatementCounter}). Writes done outside Hibernate
 * (the audit trail's plain JDBC inserts) are not counted. Off by default ({@code rights.request-metrics},
 * env {@code RIGHTS_REQUEST_METRICS}): the headers tell anyone how heavy a page is.
 */
@ApplicationScoped
public class RequestMetrics {

    public static final String TIMING_HEADER = "Server-Timing";
    public static final String STATEMENTS_HEADER = "X-Sql-Statements";

    /** Runs before every other filter and before the security checks, so their time counts too. */
    private static final int FIRST = Integer.MAX_VALUE - 10;

    void register(
            @Observes Filters filters,
            @ConfigProperty(name = "rights.request-metrics", defaultValue = "false") boolean enabled) {
        if (enabled) {
            filters.register(RequestMetrics::measure, FIRST);
        }
    }

    private static void measure(RoutingContext request) {
        long start = System.nanoTime();
        AtomicInteger statements =
                !VertxContext.isOnDuplicatedContext() ? new AtomicInteger() : SqlStatementCounter.startCounting();
        request.addHeadersEndHandler(ignored -> {
            double millis = (System.nanoTime() - start) / (double) TimeUnit.MILLISECONDS.toNanos(1);
            request.response()
                    .putHeader(TIMING_HEADER, String.format(Locale.ROOT, "app;dur=%.1f", millis))
                    .putHeader(STATEMENTS_HEADER, Integer.toString(statements.get()));
        });
        request.next();
    }
}
