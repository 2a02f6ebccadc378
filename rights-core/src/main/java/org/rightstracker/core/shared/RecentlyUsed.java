package org.rightstracker.core.shared;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The map behind the in-memory caches (kept verdicts, rendered pages): at most {@code capacity} entries,
 * the least recently read or written one dropped first. Not thread-safe: callers lock around it.
 */
public final class RecentlyUsed {

    private RecentlyUsed() {}

    public static <K, V> Map<K, V> map(int capacity) {
        return new LinkedHashMap<>(capacity, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<K, V> eldest) {
                return size() > capacity;
            }
        };
    }
}
