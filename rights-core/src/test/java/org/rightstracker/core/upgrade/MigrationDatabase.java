package org.rightstracker.core.upgrade;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.configuration.FluentConfiguration;

/** What the migration tests share: Flyway on an in-memory H2 with our migrations, and reading rows back. */
final class MigrationDatabase {

    private MigrationDatabase() {}

    /** A new, empty in-memory H2 database, kept open until the test's JVM ends. */
    static String freshUrl(String name) {
        return "jdbc:h2:mem:" + name + "-" + System.nanoTime() + ";DB_CLOSE_DELAY=-1";
    }

    /** A fresh in-memory database ({@link #freshUrl}) with the migrations up to {@code target} applied. */
    static String migratedTo(String name, String target) {
        String url = freshUrl(name);
        flyway(url).target(target).load().migrate();
        return url;
    }

    /** A connection to the test database at {@code url}. */
    static Connection connect(String url) throws SQLException {
        return DriverManager.getConnection(url, "sa", "");
    }

    static FluentConfiguration flyway(String url) {
        return Flyway.configure().dataSource(url, "sa", "").locations("classpath:db/migration");
    }

    /** The first column of every row {@code sql} returns, as text. */
    static List<String> rows(Statement statement, String sql) throws SQLException {
        List<String> rows = new ArrayList<>();
        try (ResultSet result = statement.executeQuery(sql)) {
            while (result.next()) {
                rows.add(result.getString(1));
            }
        }
        return rows;
    }
}
