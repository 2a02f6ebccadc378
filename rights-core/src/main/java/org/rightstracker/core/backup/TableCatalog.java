package org.rightstracker.core.backup;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The application's tables as the database describes them, so a backup covers every table a
 * migration adds without being told. Tables come parents first (a table after every table it
 * references), which is the order rows can be inserted in and the reverse of the order they can be
 * deleted in. Names are lower case, as the migrations write them.
 */
final class TableCatalog {

    /** Flyway's own bookkeeping belongs to the instance, not to the data. */
    private static final String FLYWAY_HISTORY = "flyway_schema_history";

    record Column(String name, int jdbcType, String typeName) {

        boolean withTimeZone() {
            String type = typeName.toLowerCase(Locale.ROOT);
            return jdbcType == java.sql.Types.TIMESTAMP_WITH_TIMEZONE
                    || type.equals("timestamptz")
                    || type.contains("with time zone");
        }
    }

    record Table(String name, List<Column> columns, List<String> primaryKey) {

        Column column(String name) {
            return columns.stream()
                    .filter(c -> c.name().equals(name))
                    .findFirst()
                    .orElse(null);
        }
    }

    private TableCatalog() {}

    static List<Table> load(Connection connection) throws SQLException {
        DatabaseMetaData meta = connection.getMetaData();
        String schema = connection.getSchema();
        Map<String, Table> tables = new LinkedHashMap<>();
        Map<String, Set<String>> parents = new HashMap<>();
        try (ResultSet rs = meta.getTables(connection.getCatalog(), schema, "%", null)) {
            while (rs.next()) {
                String type = rs.getString("TABLE_TYPE");
                String raw = rs.getString("TABLE_NAME");
                String name = raw.toLowerCase(Locale.ROOT);
                if (type == null
                        || !type.toUpperCase(Locale.ROOT).contains("TABLE")
                        || type.toUpperCase(Locale.ROOT).contains("SYSTEM")
                        || type.toUpperCase(Locale.ROOT).contains("TEMPORARY")
                        || name.equals(FLYWAY_HISTORY)
                        // The database file store's bytes travel as files/ entries, as they do from a directory.
                        || org.rightstracker.core.files.DatabaseFileTables.TABLES.contains(name)) {
                    continue;
                }
                tables.put(
                        name,
                        new Table(
                                name,
                                columns(meta, connection, schema, raw),
                                primaryKey(meta, connection, schema, raw)));
                parents.put(name, references(meta, connection, schema, raw, name));
            }
        }
        return parentsFirst(tables, parents);
    }

    private static List<Column> columns(DatabaseMetaData meta, Connection connection, String schema, String table)
            throws SQLException {
        List<Column> columns = new ArrayList<>();
        try (ResultSet rs = meta.getColumns(connection.getCatalog(), schema, table, "%")) {
            while (rs.next()) {
                String name = rs.getString("COLUMN_NAME").toLowerCase(Locale.ROOT);
                columns.add(new Column(name, rs.getInt("DATA_TYPE"), rs.getString("TYPE_NAME")));
            }
        }
        return List.copyOf(columns);
    }

    private static List<String> primaryKey(DatabaseMetaData meta, Connection connection, String schema, String table)
            throws SQLException {
        Map<Integer, String> key = new java.util.TreeMap<>();
        try (ResultSet rs = meta.getPrimaryKeys(connection.getCatalog(), schema, table)) {
            while (rs.next()) {
                key.put(rs.getInt("KEY_SEQ"), rs.getString("COLUMN_NAME").toLowerCase(Locale.ROOT));
            }
        }
        return List.copyOf(key.values());
    }

    private static Set<String> references(
            DatabaseMetaData meta, Connection connection, String schema, String table, String name)
            throws SQLException {
        Set<String> referenced = new HashSet<>();
        try (ResultSet rs = meta.getImportedKeys(connection.getCatalog(), schema, table)) {
            while (rs.next()) {
                String parent = rs.getString("PKTABLE_NAME").toLowerCase(Locale.ROOT);
                if (!parent.equals(name)) {
                    referenced.add(parent);
                }
            }
        }
        return referenced;
    }

    private static List<Table> parentsFirst(Map<String, Table> tables, Map<String, Set<String>> parents) {
        List<Table> ordered = new ArrayList<>();
        Set<String> placed = new HashSet<>();
        // Alphabetical within each round, so the order (and the archive) is the same on every database.
        List<String> waiting = new ArrayList<>(new java.util.TreeSet<>(tables.keySet()));
        while (!waiting.isEmpty()) {
            List<String> ready = waiting.stream()
                    .filter(t -> placed.containsAll(
                            parents.get(t).stream().filter(tables::containsKey).toList()))
                    .toList();
            if (ready.isEmpty()) {
                throw new IllegalStateException("The tables " + waiting + " reference each other in a cycle;"
                        + " they cannot be restored in any order.");
            }
            for (String t : ready) {
                ordered.add(tables.get(t));
                placed.add(t);
            }
            waiting.removeAll(ready);
        }
        return List.copyOf(ordered);
    }
}
