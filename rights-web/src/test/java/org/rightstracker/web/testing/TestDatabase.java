package org.rightstracker.web.testing;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * An empty database of its own for one packaged-server test: a data directory on the embedded H2
 * database, or a new database on the PostgreSQL server that {@code scripts/with-postgres} started, when
 * the application was built for PostgreSQL.
 *
 * @param environment what the server needs to use it (RIGHTS_DATA_DIR, and the JDBC settings on PostgreSQL)
 * @param jdbcUrl the database's URL for the test's own connections; empty on H2, whose file only one
 *     process may open
 */
public record TestDatabase(Map<String, String> environment, Optional<String> jdbcUrl) {

    /** The database kind the packaged application was built for (-Drights.db-kind or RIGHTS_DB_KIND). */
    public static String kind() {
        return System.getProperty("rights.db-kind", System.getenv().getOrDefault("RIGHTS_DB_KIND", "h2"));
    }

    public static boolean isPostgres() {
        return "postgresql".equals(kind());
    }

    public static TestDatabase fresh(Path dataDir) throws SQLException {
        Map<String, String> environment = new HashMap<>();
        environment.put("RIGHTS_DATA_DIR", dataDir.toString());
        if (!isPostgres()) {
            return new TestDatabase(environment, Optional.empty());
        }
        String server = requiredEnv("RIGHTS_JDBC_URL");
        String name = "it_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        try (Connection admin = DriverManager.getConnection(server, user(), password());
                Statement statement = admin.createStatement()) {
            statement.execute("create database " + name);
        }
        String url = server.substring(0, server.lastIndexOf('/') + 1) + name;
        environment.put("RIGHTS_JDBC_URL", url);
        environment.put("RIGHTS_DB_USER", user());
        environment.put("RIGHTS_DB_PASSWORD", password());
        return new TestDatabase(environment, Optional.of(url));
    }

    /** A connection of the test's own; PostgreSQL only. */
    public Connection connect() throws SQLException {
        return DriverManager.getConnection(
                jdbcUrl.orElseThrow(() -> new IllegalStateException("H2's file is the server's alone")),
                user(),
                password());
    }

    private static String user() {
        return System.getenv().getOrDefault("RIGHTS_DB_USER", "rights");
    }

    private static String password() {
        return System.getenv().getOrDefault("RIGHTS_DB_PASSWORD", "rights");
    }

    static String requiredEnv(String name) {
        String value = System.getenv(name);
        if (value == null || value.isBlank()) {
            throw new IllegalStateException(name + " is not set: the PostgreSQL suites run under scripts/with-postgres"
                    + " (see .ci/run, stage 3).");
        }
        return value;
    }
}
