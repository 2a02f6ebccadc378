package org.rightstracker.web.testing;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * What the database holds, in one statement: per table its row count and, where it has them, the sum of
 * its versions and its highest id. Two equal fingerprints around a refused request mean it saved nothing,
 * neither a row added or removed nor a row changed (every change raises a version).
 */
@ApplicationScoped
public class DatabaseFingerprint {

    @Inject
    AgroalDataSource dataSource;

    private String query;

    public Map<String, String> take() {
        try (Connection connection = dataSource.getConnection();
                Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery(query(connection))) {
            Map<String, String> fingerprint = new LinkedHashMap<>();
            while (rows.next()) {
                fingerprint.put(
                        rows.getString(1), rows.getString(2) + "/" + rows.getString(3) + "/" + rows.getString(4));
            }
            return fingerprint;
        } catch (SQLException e) {
            throw new IllegalStateException("Could not fingerprint the database", e);
        }
    }

    /** The tables whose figures differ, as "table: before -> after". */
    public static List<String> differences(Map<String, String> before, Map<String, String> after) {
        List<String> changed = new ArrayList<>();
        Set<String> tables = new TreeSet<>(before.keySet());
        tables.addAll(after.keySet());
        for (String table : tables) {
            if (!Objects.equals(before.get(table), after.get(table))) {
                changed.add(table + ": " + before.get(table) + " -> " + after.get(table));
            }
        }
        return changed;
    }

    private synchronized String query(Connection connection) throws SQLException {
        if (query != null) {
            return query;
        }
        DatabaseMetaData metadata = connection.getMetaData();
        Map<String, Set<String>> columns = new LinkedHashMap<>();
        try (ResultSet rows = metadata.getColumns(null, connection.getSchema(), "%", "%")) {
            while (rows.next()) {
                columns.computeIfAbsent(rows.getString("TABLE_NAME"), t -> new TreeSet<>())
                        .add(rows.getString("COLUMN_NAME").toLowerCase(Locale.ROOT));
            }
        }
        List<String> parts = new ArrayList<>();
        for (Map.Entry<String, Set<String>> table : columns.entrySet()) {
            String name = table.getKey();
            if (name.toLowerCase(Locale.ROOT).startsWith("flyway_")) {
                continue;
            }
            String versions = table.getValue().contains("version") ? "coalesce(sum(version), 0)" : "0";
            String ids = table.getValue().contains("id") ? "coalesce(max(id), 0)" : "0";
            parts.add("select '" + name.toLowerCase(Locale.ROOT) + "', count(*), " + versions + ", " + ids + " from "
                    + name);
        }
        query = String.join(" union all ", parts);
        return query;
    }
}
