package org.rightstracker.web.page.dashboard;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import org.rightstracker.core.clearance.ProductionClearance;
import org.rightstracker.core.clearance.engine.ProductionVerdict;
import org.rightstracker.core.production.Production;
import org.rightstracker.web.metrics.OperationsMeters;

/**
 * The dashboard's verdicts, kept between requests so that the start page does not evaluate every cue of
 * every production each time it is shown. An entry is used only while the production row still carries
 * the same {@code version} (its plan, budget and currency) and {@code clearanceRevision} (raised in the
 * same transaction as any change to its cues, items, options, or the ownership its cues use), and only
 * on the day it was computed, since expiry warnings depend on the date. Both numbers come from the
 * database row the page reads anyway, so instances sharing one database stay correct without telling
 * each other anything. Only the cues that can raise an alert are kept, not the whole verdict.
 */
@ApplicationScoped
public class DashboardVerdicts {

    private record Key(long version, long revision, LocalDate day) {
        static Key of(Production production, LocalDate day) {
            return new Key(production.version, production.clearanceRevision, day);
        }
    }

    private record Entry(Key key, ProductionVerdict verdict) {}

    private final ConcurrentMap<Long, Entry> entries = new ConcurrentHashMap<>();

    private final Object evaluating = new Object();

    @Inject
    ProductionClearance clearance;

    @Inject
    OperationsMeters meters;

    /** A verdict for each production, evaluating (in one load) only those changed since last time. */
    Map<Long, ProductionVerdict> of(List<Production> productions) {
        LocalDate today = LocalDate.now();
        Map<Long, ProductionVerdict> verdicts = new HashMap<>();
        Map<Long, Production> stale = new HashMap<>();
        for (Production production : productions) {
            Entry entry = entries.get(production.id);
            if (entry != null && entry.key().equals(Key.of(production, today))) {
                verdicts.put(production.id, entry.verdict());
            } else {
                stale.put(production.id, production);
            }
        }
        if (!stale.isEmpty()) {
            // One evaluation at a time: under many writes every dashboard finds productions changed, and
            // evaluating them once while the others wait beats every request evaluating the same ones.
            synchronized (evaluating) {
                stale.values().removeIf(production -> {
                    Entry entry = entries.get(production.id);
                    boolean fresh = entry != null && entry.key().equals(Key.of(production, today));
                    if (fresh) {
                        verdicts.put(production.id, entry.verdict());
                    }
                    return fresh;
                });
                meters.verdictsFromCache("dashboard", verdicts.size());
                if (!stale.isEmpty()) {
                    long started = System.nanoTime();
                    // Read after the rows above: at worst newer than its key, so recomputed, never shown stale.
                    clearance.evaluateAll(new ArrayList<>(stale.keySet())).forEach((id, verdict) -> {
                        ProductionVerdict kept = alertingCuesOnly(verdict);
                        entries.put(id, new Entry(Key.of(stale.get(id), today), kept));
                        verdicts.put(id, kept);
                    });
                    meters.verdictsEvaluated("dashboard", stale.size(), System.nanoTime() - started);
                }
            }
        } else {
            meters.verdictsFromCache("dashboard", verdicts.size());
        }
        return verdicts;
    }

    private static ProductionVerdict alertingCuesOnly(ProductionVerdict verdict) {
        return new ProductionVerdict(
                verdict.productionId(),
                verdict.cleared(),
                verdict.countsByStatus(),
                verdict.countsByOrigin(),
                verdict.activeCues(),
                verdict.clearedCues(),
                verdict.percentCleared(),
                verdict.budget(),
                verdict.problems(),
                verdict.cues().stream().filter(AlertGroup::concerns).toList());
    }
}
