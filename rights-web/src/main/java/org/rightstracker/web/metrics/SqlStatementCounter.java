package org.rightstracker.web.metrics;

import io.quarkus.hibernate.orm.PersistenceUnitExtension;
import io.smallrye.common.vertx.ContextLocals;
import io.smallrye.common.vertx.VertxContext;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.concurrent.atomic.AtomicInteger;
import org.hibernate.resource.jdbc.spi.StatementInspector;

/**
 * Counts the JDBC statements Hibernate prepares for the current HTTP request (and those the few plain-JDBC
 * reads of every request report through {@link #countOne}), so the benchmark can see
 * whether a page costs the same number of statements for 10 cues as for 1,000. The count lives in the
 * request's Vert.x context, which Quarkus carries onto the worker thread that runs the resource; with
 * request metrics off no counter is there and this does nothing. The SQL itself is never changed.
 */
@PersistenceUnitExtension
@ApplicationScoped
public class SqlStatementCounter implements StatementInspector {

    private static final String KEY = SqlStatementCounter.class.getName();

    @Override
    public String inspect(String sql) {
        countOne();
        return sql;
    }

    /** Counts a statement the application sends with plain JDBC, outside Hibernate, for this request. */
    public static void countOne() {
        // Start-up work and scheduled jobs run on no request's context: nothing to count there.
        if (VertxContext.isOnDuplicatedContext()) {
            ContextLocals.<AtomicInteger>get(KEY).ifPresent(AtomicInteger::incrementAndGet);
        }
    }

    /** Starts counting for the request whose Vert.x context is current. */
    static AtomicInteger startCounting() {
        AtomicInteger counter = new AtomicInteger();
        ContextLocals.put(KEY, counter);
        return counter;
    }
}
