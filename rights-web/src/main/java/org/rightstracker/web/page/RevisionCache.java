package org.rightstracker.web.page;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Function;
import java.util.function.Supplier;
import org.rightstracker.core.production.Production;
import org.rightstracker.core.shared.RecentlyUsed;

/**
 * Values derived from one production's state (a rendered cue list, a report and its files), kept while
 * the production row says nothing they depend on has changed: the same {@code version} (plan, budget,
 * currency), the same {@code clearanceRevision} (raised in the transaction of any change to its cues,
 * licences, options, follow-ups or the ownership its cues use) and the same day. Both numbers come from
 * the row a request reads anyway, so instances sharing one database stay correct without telling each
 * other anything.
 *
 * <p>Requests asking at the same time for a value nobody has yet share one computation: the first
 * computes, the others wait for its result. Thirty-two clients asking for the same 1,000-cue PDF cause
 * one rendering, not thirty-two. A computation that fails is forgotten, so the next request tries again.
 * At most {@code capacity} values are kept, the least recently used going first.
 *
 * @param <V> what is kept
 */
public final class RevisionCache<V> {

    /**
     * What a value depends on: the production's state and day, and {@code variant} for what else shapes it
     * (a filter, the viewer's permission to edit, a format). Variants must have value equality.
     */
    public record Key(long productionId, long version, long revision, LocalDate day, Object variant) {

        public static Key of(Production production, Object variant) {
            return new Key(production.id, production.version, production.clearanceRevision, LocalDate.now(), variant);
        }
    }

    /** How a value was obtained, for the response header and the metrics. */
    public enum Source {
        /** Computed by this request. */
        COMPUTED,
        /** Computed by another request at the same time, which this one waited for. */
        SHARED,
        /** Kept from an earlier request. */
        KEPT;

        public String header() {
            return switch (this) {
                case COMPUTED -> "miss";
                case SHARED -> "shared";
                case KEPT -> "hit";
            };
        }
    }

    /** A value and how it was obtained. */
    public record Lookup<V>(V value, Source source) {}

    private final Map<Object, CompletableFuture<V>> entries;

    public RevisionCache(int capacity) {
        this.entries = RecentlyUsed.map(capacity);
    }

    /**
     * The value for {@code key} (usually a {@link Key}; any value with value equality that changes whenever
     * what the value depends on changes), computed by {@code compute} only when no request has it or is
     * computing it.
     * The caller must read the production row (for the key) before the data {@code compute} reads: a value
     * is then at worst newer than its key, so recomputed later, never served stale.
     */
    public Lookup<V> get(Object key, Supplier<V> compute) {
        CompletableFuture<V> mine = new CompletableFuture<>();
        CompletableFuture<V> existing;
        synchronized (entries) {
            existing = entries.get(key);
            if (existing == null) {
                entries.put(key, mine);
            }
        }
        if (existing != null) {
            boolean ready = existing.isDone();
            return new Lookup<>(await(existing), ready ? Source.KEPT : Source.SHARED);
        }
        try {
            V value = compute.get();
            mine.complete(value);
            return new Lookup<>(value, Source.COMPUTED);
        } catch (RuntimeException | Error e) {
            synchronized (entries) {
                entries.remove(key, mine);
            }
            mine.completeExceptionally(e);
            throw e;
        }
    }

    /**
     * The values for {@code keys}, as {@link #get} gives each, except that the keys nobody has or is
     * computing are computed together, by one call of {@code computeMissing} (given those keys, it answers
     * a value for each): a page showing many productions reads the changed ones in one statement.
     */
    public <K> Map<K, V> getAll(List<K> keys, Function<List<K>, Map<K, V>> computeMissing) {
        Map<K, CompletableFuture<V>> found = new LinkedHashMap<>();
        Map<K, CompletableFuture<V>> mine = new LinkedHashMap<>();
        synchronized (entries) {
            for (K key : keys) {
                CompletableFuture<V> existing = entries.get(key);
                if (existing == null) {
                    existing = new CompletableFuture<>();
                    entries.put(key, existing);
                    mine.put(key, existing);
                }
                found.put(key, existing);
            }
        }
        if (!mine.isEmpty()) {
            try {
                Map<K, V> computed = computeMissing.apply(List.copyOf(mine.keySet()));
                mine.forEach((key, future) -> future.complete(computed.get(key)));
            } catch (RuntimeException | Error e) {
                synchronized (entries) {
                    mine.forEach(entries::remove);
                }
                mine.values().forEach(future -> future.completeExceptionally(e));
                throw e;
            }
        }
        // Computed by this request or others (which compute before they wait, so nobody waits in a circle).
        Map<K, V> values = new LinkedHashMap<>();
        found.forEach((key, future) -> values.put(key, await(future)));
        return values;
    }

    /** How many values are kept or being computed (for tests). */
    public int size() {
        synchronized (entries) {
            return entries.size();
        }
    }

    private static <V> V await(CompletableFuture<V> future) {
        try {
            return future.join();
        } catch (CompletionException e) {
            // The computing request failed; this one fails the same way (e.g. the production is gone).
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw e;
        }
    }
}
