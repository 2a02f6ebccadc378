package org.rightstracker.core.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class InChunksTest {

    @Test
    void queriesDistinctValuesAThousandAtATimeAndJoinsTheRows() {
        List<Integer> values = new ArrayList<>(IntStream.range(0, 2500).boxed().toList());
        values.addAll(List.of(1, 2, 3));
        List<Integer> sliceSizes = new ArrayList<>();

        List<Integer> rows = InChunks.list(values, slice -> {
            sliceSizes.add(slice.size());
            return slice.stream().map(v -> v * 2).toList();
        });

        assertThat(sliceSizes).containsExactly(1000, 1000, 500);
        assertThat(rows).hasSize(2500).startsWith(0, 2, 4).endsWith(4998);
    }

    @Test
    void noValuesMeansNoQuery() {
        List<Integer> sliceSizes = new ArrayList<>();

        List<Integer> rows = InChunks.list(List.<Integer>of(), slice -> {
            sliceSizes.add(slice.size());
            return List.of(1);
        });

        assertThat(rows).isEmpty();
        assertThat(sliceSizes).isEmpty();
    }
}
