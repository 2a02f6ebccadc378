package org.rightstracker.web.page.dashboard;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
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
 *
 * <p>A changed production is evaluated once, by the first request that finds it changed; requests that
 * need it meanwhile wait for that evaluation instead of repeating it, and productions changed
 * independently are evaluated side by side. Under a steady stream of edits each dashboard therefore
 * waits at most for the productions it shows that have just changed, never for a queue of others.
 */
@ApplicationScoped
public class DashboardVerdicts {

    private record Key(long version, long revision, LocalDate day) {
        static Key of(Production production, LocalDate day) {
            return new Key(production.version, production.clearanceRevision, day);
        }

        /** Whether this key describes a later state than {@code other} (another request read a newer row). */
        boolean newerThan(Key other) {
            return day.isAfter(other.day)
                    || (day.equals(other.day)
                            && (version > other.version || (version == other.version && revision > other.revision)));
        }
    }

    /** A verdict evaluated or being evaluated for one state of a production. */
    private record Entry(Key key, CompletableFuture<ProductionVerdict> verdict) {}

    private final ConcurrentMap<Long, Entry> entries = new ConcurrentHashMap<>();

    @Inject
    ProductionClearance clearance;

    @Inject
    OperationsMeters meters;

    /** A verdict for each production, evaluating (in one load) only those changed since last time. */
    Map<Long, ProductionVerdict> of(List<Production> productions) {
        LocalDate today = LocalDate.now();
        Map<Long, CompletableFuture<ProductionVerdict>> claimed = new LinkedHashMap<>();
        Map<Long, Entry> found = new LinkedHashMap<>();
        for (Production production : productions) {
            Key key = Key.of(production, today);
            Entry mine = new Entry(key, new CompletableFuture<>());
            Entry entry = entries.compute(
                    production.id,
                    (id, old) ->
                            old != null && (old.key().equals(key) || old.key().newerThan(key)) ? old : mine);
            if (entry == mine) {
                claimed.put(production.id, mine.verdict());
            }
            found.put(production.id, entry);
        }
        meters.verdictsFromCache("dashboard", productions.size() - claimed.size());
        if (!claimed.isEmpty()) {
            evaluate(claimed, found);
        }
        Map<Long, ProductionVerdict> verdicts = new HashMap<>();
        found.forEach((id, entry) -> {
            ProductionVerdict verdict = await(entry.verdict());
            if (verdict != null) {
                verdicts.put(id, verdict);
            }
        });
        return verdicts;
    }

    /** Evaluates the productions this request claimed, in one load, and hands the verdicts to whoever waits. */
    private void evaluate(Map<Long, CompletableFuture<ProductionVerdict>> claimed, Map<Long, Entry> found) {
        long started = System.nanoTime();
        try {
            // Read after the rows above: at worst newer than its key, so recomputed, never shown stale.
            Map<Long, ProductionVerdict> evaluated = clearance.evaluateAllForDisplay(new ArrayList<>(claimed.keySet()));
            // A production deleted meanwhile has no verdict: it is left out of the dashboard.
            claimed.forEach((id, future) -> {
                ProductionVerdict verdict = evaluated.get(id);
                future.complete(verdict == null ? null : alertingCuesOnly(verdict));
            });
            meters.verdictsEvaluated("dashboard", claimed.size(), System.nanoTime() - started);
        } catch (RuntimeException | Error e) {
            claimed.forEach((id, future) -> {
                entries.remove(id, found.get(id));
                future.completeExceptionally(e);
            });
            throw e;
        }
    }

    private static ProductionVerdict await(CompletableFuture<ProductionVerdict> verdict) {
        try {
            return verdict.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw e;
        }
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
