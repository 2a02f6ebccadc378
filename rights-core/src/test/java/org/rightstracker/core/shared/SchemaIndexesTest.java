package org.rightstracker.core.shared;

import static org.assertj.core.api.Assertions.assertThat;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * The indexes the migrations leave, on the database the tests run on (H2 here, PostgreSQL in its suite):
 * each foreign key can be followed by an index, and no two indexes of a table have the same columns, which
 * every insert would write twice (V20, for H2's own foreign-key indexes). A table added later declares its
 * index once: on H2 an inline {@code references} already has one, on PostgreSQL it needs its own, so create
 * the index first and then the foreign key ({@code alter table … add foreign key}), which both databases
 * then share. (H2 still keeps its own index for a key that only leads a longer one, such as a share row's
 * {@code work_id} in {@code (work_id, position)}: it uses an existing index only on exactly the key's
 * columns.)
 */
@QuarkusTest
class SchemaIndexesTest {

    @Inject
    AgroalDataSource dataSource;

    @Test
    void noTwoIndexesOfATableHaveTheSameColumns() throws SQLException {
        List<String> repeated = new ArrayList<>();
        for (Map.Entry<String, Map<String, List<String>>> table : indexes().entrySet()) {
            for (Map.Entry<String, List<String>> index : table.getValue().entrySet()) {
                for (Map.Entry<String, List<String>> other : table.getValue().entrySet()) {
                    // each pair once
                    if (other.getKey().compareTo(index.getKey()) < 0
                            && other.getValue().equals(index.getValue())) {
                        repeated.add(table.getKey() + ": " + other.getKey() + " and " + index.getKey() + " on "
                                + index.getValue());
                    }
                }
            }
        }
        assertThat(repeated).isEmpty();
    }

    @Test
    void everyForeignKeyLeadsAnIndex() throws SQLException {
        Map<String, Map<String, List<String>>> indexes = indexes();
        List<String> unindexed = new ArrayList<>();
        try (Connection connection = dataSource.getConnection()) {
            DatabaseMetaData meta = connection.getMetaData();
            for (String table : indexes.keySet()) {
                Map<String, List<String>> keys = new TreeMap<>();
                try (ResultSet rs = meta.getImportedKeys(null, connection.getSchema(), table)) {
                    while (rs.next()) {
                        keys.computeIfAbsent(rs.getString("FK_NAME"), name -> new ArrayList<>())
                                .add(name(rs.getString("FKCOLUMN_NAME")));
                    }
                }
                for (Map.Entry<String, List<String>> key : keys.entrySet()) {
                    int width = key.getValue().size();
                    boolean indexed = indexes.get(table).values().stream()
                            .anyMatch(columns -> columns.size() >= width
                                    && Set.copyOf(columns.subList(0, width)).equals(Set.copyOf(key.getValue())));
                    if (!indexed) {
                        unindexed.add(name(table) + " " + key.getValue());
                    }
                }
            }
        }
        assertThat(unindexed).isEmpty();
    }

    /** Table → index → its columns in order, for every table of the schema (names lower case). */
    private Map<String, Map<String, List<String>>> indexes() throws SQLException {
        Map<String, Map<String, List<String>>> indexes = new TreeMap<>();
        try (Connection connection = dataSource.getConnection()) {
            DatabaseMetaData meta = connection.getMetaData();
            List<String> tables = new ArrayList<>();
            try (ResultSet rs = meta.getTables(null, connection.getSchema(), "%", new String[] {"TABLE"})) {
                while (rs.next()) {
                    tables.add(rs.getString("TABLE_NAME"));
                }
            }
            for (String table : tables) {
                Map<String, TreeMap<Integer, String>> columns = new TreeMap<>();
                try (ResultSet rs = meta.getIndexInfo(null, connection.getSchema(), table, false, true)) {
                    while (rs.next()) {
                        if (rs.getString("INDEX_NAME") != null && rs.getString("COLUMN_NAME") != null) {
                            columns.computeIfAbsent(name(rs.getString("INDEX_NAME")), n -> new TreeMap<>())
                                    .put(rs.getInt("ORDINAL_POSITION"), name(rs.getString("COLUMN_NAME")));
                        }
                    }
                }
                Map<String, List<String>> byIndex = new TreeMap<>();
                columns.forEach((index, ordered) -> byIndex.put(index, List.copyOf(ordered.values())));
                indexes.put(table, byIndex);
            }
        }
        return indexes;
    }

    private static String name(String name) {
        return name.toLowerCase(Locale.ROOT);
    }
}
