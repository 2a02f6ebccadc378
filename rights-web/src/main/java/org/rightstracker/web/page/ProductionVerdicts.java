package org.rightstracker.web.page;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.rightstracker.core.clearance.ProductionClearance;
import org.rightstracker.core.clearance.engine.ProductionVerdict;
import org.rightstracker.core.production.Production;
import org.rightstracker.core.shared.NotFoundException;
import org.rightstracker.core.shared.RecentlyUsed;
import org.rightstracker.web.metrics.OperationsMeters;

/**
 * Whole-production verdicts for the production page, the sign-off page and the API's cue list, kept between requests:
 * evaluating a 1,000-cue production is most of their work, and they are read far more often than the
 * production changes. Only for reads: a verdict is worked out in a transaction of its own, from committed
 * changes only, so a caller that has just changed something evaluates afresh. Like the dashboard's cache, an entry is valid only while the production row carries the same
 * {@code version} and {@code clearanceRevision} (raised in the transaction of any change its clearance
 * depends on) and only on the day it was computed, so instances sharing one database stay correct. The
 * most recently used productions are kept, at most {@link #CAPACITY}.
 */
@ApplicationScoped
public class ProductionVerdicts {

    static final int CAPACITY = 32;

    private record Key(long productionId, long version, long revision, LocalDate day) {}

    private record Entry(Key key, ProductionVerdict verdict) {}

    private final Map<Long, Entry> entries = RecentlyUsed.map(CAPACITY);

    @Inject
    ProductionClearance clearance;

    @Inject
    OperationsMeters meters;

    /** The verdict of a production read in this request: from the cache while it is current, else evaluated. */
    public ProductionVerdict of(Production production) {
        Key key = new Key(production.id, production.version, production.clearanceRevision, LocalDate.now());
        synchronized (entries) {
            Entry entry = entries.get(production.id);
            if (entry != null && entry.key().equals(key)) {
                meters.verdictsFromCache("production", 1);
                return entry.verdict();
            }
        }
        long started = System.nanoTime();
        // Evaluated after the row was read: at worst newer than its key, so recomputed later, never stale.
        ProductionVerdict verdict =
                clearance.evaluateAllForDisplay(List.of(production.id)).get(production.id);
        if (verdict == null) {
            throw NotFoundException.of("Production", production.id);
        }
        meters.verdictsEvaluated("production", 1, System.nanoTime() - started);
        synchronized (entries) {
            entries.put(production.id, new Entry(key, verdict));
        }
        return verdict;
    }
}
