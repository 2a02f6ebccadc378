package org.rightstracker.web.page;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Values kept by key; several missing ones computed together. */
class RevisionCacheTest {

    private final RevisionCache<String> cache = new RevisionCache<>(16);
    private final List<List<String>> calls = new ArrayList<>();

    private Map<String, String> upperCase(List<String> missing) {
        calls.add(missing);
        Map<String, String> values = new HashMap<>();
        missing.forEach(key -> values.put(key, key.toUpperCase()));
        return values;
    }

    @Test
    void theMissingKeysAreComputedInOneCallAndKeptOnesAreNotComputedAgain() {
        cache.get("b", () -> "kept b");

        Map<String, String> values = cache.getAll(List.of("a", "b", "c"), this::upperCase);

        assertThat(values).containsExactly(Map.entry("a", "A"), Map.entry("b", "kept b"), Map.entry("c", "C"));
        assertThat(calls).containsExactly(List.of("a", "c"));
        assertThat(cache.getAll(List.of("c", "a"), this::upperCase))
                .containsExactly(Map.entry("c", "C"), Map.entry("a", "A"));
        assertThat(calls).as("nothing missing the second time").hasSize(1);
    }

    @Test
    void aFailedComputationIsForgottenSoTheNextRequestTriesAgain() {
        assertThatThrownBy(() -> cache.getAll(List.of("x"), missing -> {
                    throw new IllegalStateException("database gone");
                }))
                .hasMessage("database gone");

        assertThat(cache.size()).isZero();
        assertThat(cache.getAll(List.of("x"), this::upperCase)).containsEntry("x", "X");
    }
}
