package org.rightstracker.web.testing;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import javax.sql.DataSource;

/**
 * A summary of every application table that any insert, update or delete changes: its row count and,
 * where it has one, the sum of its {@code version} column (every entity raises it on update). Two equal
 * fingerprints taken around a request mean the request wrote nothing; works on H2 and PostgreSQL.
 */
public final class DatabaseFingerprint {

    private DatabaseFingerprint() {}

    /** Table name → "rows/version sum", Flyway's own history left out. */
    public static Map<String, String> of(DataSource dataSource) {
        Map<String, String> tables = new TreeMap<>();
        try (Connection connection = dataSource.getConnection()) {
            DatabaseMetaData meta = connection.getMetaData();
            Map<String, Boolean> versioned = new TreeMap<>();
            try (ResultSet rs = meta.getTables(null, connection.getSchema(), "%", new String[] {"TABLE"})) {
                while (rs.next()) {
                    String table = rs.getString("TABLE_NAME");
                    if (!table.toLowerCase(Locale.ROOT).startsWith("flyway")) {
                        versioned.put(table, false);
                    }
                }
            }
            for (String table : versioned.keySet()) {
                try (ResultSet rs = meta.getColumns(null, connection.getSchema(), table, "%")) {
                    while (rs.next()) {
                        if ("version".equalsIgnoreCase(rs.getString("COLUMN_NAME"))) {
                            versioned.put(table, true);
                        }
                    }
                }
            }
            try (Statement statement = connection.createStatement()) {
                for (Map.Entry<String, Boolean> table : versioned.entrySet()) {
                    String sql = "select count(*)" + (table.getValue() ? ", coalesce(sum(version), 0)" : "")
                            + " from \"" + table.getKey() + "\"";
                    try (ResultSet rs = statement.executeQuery(sql)) {
                        rs.next();
                        tables.put(
                                table.getKey().toLowerCase(Locale.ROOT),
                                rs.getLong(1) + (table.getValue() ? "/" + rs.getLong(2) : ""));
                    }
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot fingerprint the database", e);
        }
        return tables;
    }
}
