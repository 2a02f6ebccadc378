package org.rightstracker.core.shared;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.hibernate.Session;
import org.junit.jupiter.api.Test;

@QuarkusTest
class InChunksTest {

    @Inject
    EntityManager entityManager;

    @Test
    void queriesDistinctValuesAThousandAtATimeAndJoinsTheRows() {
        List<Integer> values = new ArrayList<>(IntStream.range(0, 2500).boxed().toList());
        values.addAll(List.of(1, 2, 3));
        List<Integer> sliceSizes = new ArrayList<>();

        List<Integer> rows = QuarkusTransaction.requiringNew()
                .call(() -> InChunks.list(values, slice -> {
                    sliceSizes.add(slice.size());
                    return slice.stream().map(v -> v * 2).toList();
                }));

        assertThat(sliceSizes).containsExactly(1000, 1000, 500);
        assertThat(rows).hasSize(2500).startsWith(0, 2, 4).endsWith(4998);
    }

    @Test
    void noValuesMeansNoQuery() {
        List<Integer> sliceSizes = new ArrayList<>();

        List<Integer> rows = QuarkusTransaction.requiringNew()
                .call(() -> InChunks.list(List.<Integer>of(), slice -> {
                    sliceSizes.add(slice.size());
                    return List.of(1);
                }));

        assertThat(rows).isEmpty();
        assertThat(sliceSizes).isEmpty();
    }

    /** PostgreSQL plans each chunk with its values, then goes back to its default; H2 has no such choice. */
    @Test
    void onPostgreSqlTheChunksArePlannedWithTheirValuesOnly() {
        QuarkusTransaction.requiringNew().run(() -> {
            String database = entityManager
                    .unwrap(Session.class)
                    .doReturningWork(c -> c.getMetaData().getDatabaseProductName());
            List<String> during = InChunks.list(List.of(1, 2), slice -> List.of(String.valueOf(planCacheMode())));
            if (database.equals("PostgreSQL")) {
                assertThat(during).containsExactly("force_custom_plan");
                assertThat(planCacheMode()).isEqualTo("auto");
            } else {
                assertThat(database).isEqualTo("H2");
                assertThat(during).containsExactly("null");
                assertThat(planCacheMode()).isNull();
            }
        });
    }

    private String planCacheMode() {
        return entityManager.unwrap(Session.class).doReturningWork(connection -> {
            if (!connection.getMetaData().getDatabaseProductName().equals("PostgreSQL")) {
                return null;
            }
            try (var statement = connection.createStatement();
                    var rs = statement.executeQuery("show plan_cache_mode")) {
                rs.next();
                return rs.getString(1);
            }
        });
    }
}
