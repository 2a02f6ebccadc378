package org.rightstracker.core.upgrade;

import static org.assertj.core.api.Assertions.assertThat;

import db.migration.V7_1__WorkflowNotesToTimeline;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationVersion;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The claim of docs/OPERATIONS.md, "Upgrades": instances of the previous release keep working while
 * the first instance of this release has migrated the database, so an upgrade can roll instance by
 * instance. It holds when every migration since the previous release only expands the schema (new
 * tables; new columns that are nullable or have a default, so the old release's inserts still work;
 * nothing the old release reads renamed, retyped, narrowed or constrained), and an old instance that
 * restarts meanwhile accepts a database with migrations it does not know.
 *
 * <p>Every migration after the previous release must be classified below; a new one fails this test
 * until someone decides (and docs/OPERATIONS.md says) whether it is rolling-safe.
 */
class RollingUpgradeTest {

    /** The schema version of the previous release: what older instances expect during a rollout. */
    static final String PREVIOUS_RELEASE = "8";

    /** Migrations after the previous release that are expand-only, so safe while older instances run. */
    static final List<String> ROLLING_SAFE = List.of("9", "10", "12", "13", "14", "15", "18", "19", "20");

    /**
     * Migrations after the previous release that need every instance stopped first (contract steps,
     * or data moves that an older instance would undo), each with the reason docs/OPERATIONS.md gives.
     */
    static final Map<String, String> NOT_ROLLING = Map.of(
            "11",
            "an older instance would read an amendment as a second licence of the same holder (coverage and fees"
                    + " counted twice); stop every instance first",
            "17",
            "an older instance ignores licence ranges and granted use, so it would show a cue cleared that its"
                    + " licence does not cover (and count a series licence on one cue only); stop every instance"
                    + " first",
            "16",
            "an older instance saves names and titles without their folded search keys, so search, sorting and"
                    + " import matching would miss what it wrote; stop every instance first",
            "16.1",
            "fills the search keys of the rows already stored: anything an older instance writes afterwards stays"
                    + " without keys; stop every instance first",
            "21",
            "an older instance changes licences and cues without raising the cue's clearance revision, so a newer"
                    + " instance would keep that cue's earlier verdict in its dashboard and production page; stop"
                    + " every instance first");

    static final Path MIGRATIONS = Path.of("src/main/resources/db/migration");

    @TempDir
    Path previousRelease;

    @Test
    void everyMigrationSinceThePreviousReleaseIsClassified() {
        List<String> since = new ArrayList<>();
        for (MigrationInfo migration :
                flyway(url("classify"), "classpath:db/migration").info().all()) {
            if (migration.getVersion().isNewerThan(PREVIOUS_RELEASE)) {
                since.add(migration.getVersion().getVersion());
            }
        }
        assertThat(since)
                .as("migrations after V%s; classify each in ROLLING_SAFE or NOT_ROLLING", PREVIOUS_RELEASE)
                .isNotEmpty()
                .allSatisfy(v -> assertThat(ROLLING_SAFE.contains(v) || NOT_ROLLING.containsKey(v))
                        .as("V" + v + " is classified")
                        .isTrue());
    }

    @Test
    void theRollingSafeMigrationsOnlyExpandWhatThePreviousReleaseUses() throws SQLException {
        for (String version : ROLLING_SAFE) {
            String url = url("expand-" + version);
            Flyway before = flyway(url, "classpath:db/migration");
            MigrationVersion previous = previousVersion(before, version);
            flyway(url, "classpath:db/migration", previous.getVersion()).migrate();
            Map<String, Column> old = columns(url);
            Map<String, String> oldConstraints = constraints(url);

            flyway(url, "classpath:db/migration", version).migrate();
            Map<String, Column> now = columns(url);
            Map<String, String> nowConstraints = constraints(url);

            old.forEach((name, column) -> assertThat(now.get(name))
                    .as("V%s keeps %s as the previous release reads and writes it", version, name)
                    .isEqualTo(column));
            now.forEach((name, column) -> {
                String table = name.substring(0, name.indexOf('.'));
                boolean oldTable = old.keySet().stream().anyMatch(k -> k.startsWith(table + "."));
                if (oldTable && !old.containsKey(name)) {
                    assertThat(column.nullable() || column.hasDefault())
                            .as("V%s adds %s, which the previous release's inserts leave out", version, name)
                            .isTrue();
                }
            });
            nowConstraints.forEach((constraint, table) -> {
                boolean oldTable = old.keySet().stream().anyMatch(k -> k.startsWith(table + "."));
                if (oldTable) {
                    assertThat(oldConstraints)
                            .as("V%s adds constraint %s to %s, which older instances write", version, constraint, table)
                            .containsKey(constraint);
                }
            });
        }
    }

    /**
     * An instance of the previous release restarting mid-rollout runs Flyway with its own migrations
     * only, against a database that already has this release's: it must start, not refuse.
     */
    @Test
    void anInstanceOfThePreviousReleaseStartsOnTheUpgradedDatabase() throws Exception {
        String url = url("restart-old");
        flyway(url, "classpath:db/migration").migrate();
        copyMigrationsUpTo(PREVIOUS_RELEASE, previousRelease);

        Flyway old = Flyway.configure()
                .dataSource(url, "sa", "")
                .locations("filesystem:" + previousRelease.toAbsolutePath())
                .javaMigrations(new V7_1__WorkflowNotesToTimeline())
                .load();

        old.validate();
        assertThat(old.migrate().migrationsExecuted).isZero();
        try (Connection connection = MigrationDatabase.connect(url);
                Statement statement = connection.createStatement();
                ResultSet rs =
                        statement.executeQuery("select max(\"installed_rank\") from \"flyway_schema_history\"")) {
            rs.next();
            assertThat(rs.getInt(1)).as("nothing rolled back or re-applied").isPositive();
        }
    }

    record Column(String type, int size, boolean nullable, boolean hasDefault) {}

    private static Map<String, Column> columns(String url) throws SQLException {
        Map<String, Column> columns = new TreeMap<>();
        try (Connection connection = MigrationDatabase.connect(url)) {
            DatabaseMetaData meta = connection.getMetaData();
            try (ResultSet rs = meta.getColumns(null, connection.getSchema(), "%", "%")) {
                while (rs.next()) {
                    String table = rs.getString("TABLE_NAME").toLowerCase(Locale.ROOT);
                    if (table.equals("flyway_schema_history")) {
                        continue;
                    }
                    columns.put(
                            table + "." + rs.getString("COLUMN_NAME").toLowerCase(Locale.ROOT),
                            new Column(
                                    rs.getString("TYPE_NAME"),
                                    rs.getInt("COLUMN_SIZE"),
                                    rs.getInt("NULLABLE") != DatabaseMetaData.columnNoNulls,
                                    rs.getString("COLUMN_DEF") != null
                                            || "YES".equals(rs.getString("IS_AUTOINCREMENT"))));
                }
            }
        }
        return columns;
    }

    /** Check, unique and foreign-key constraints by name, with their table. */
    private static Map<String, String> constraints(String url) throws SQLException {
        Map<String, String> constraints = new TreeMap<>();
        try (Connection connection = MigrationDatabase.connect(url);
                Statement statement = connection.createStatement();
                ResultSet rs = statement.executeQuery("select constraint_name, table_name, constraint_type"
                        + " from information_schema.table_constraints where table_schema = current_schema"
                        + " and constraint_type in ('CHECK', 'UNIQUE', 'FOREIGN KEY')")) {
            while (rs.next()) {
                constraints.put(
                        rs.getString(1).toLowerCase(Locale.ROOT),
                        rs.getString(2).toLowerCase(Locale.ROOT));
            }
        }
        return constraints;
    }

    private static MigrationVersion previousVersion(Flyway flyway, String version) {
        MigrationVersion target = MigrationVersion.fromVersion(version);
        MigrationVersion previous = null;
        for (MigrationInfo migration : flyway.info().all()) {
            if (migration.getVersion().compareTo(target) < 0) {
                previous = migration.getVersion();
            }
        }
        return previous;
    }

    private static void copyMigrationsUpTo(String version, Path into) throws IOException {
        MigrationVersion last = MigrationVersion.fromVersion(version);
        try (Stream<Path> files = Files.list(MIGRATIONS)) {
            for (Path file : files.toList()) {
                String name = file.getFileName().toString();
                String number = name.substring(1, name.indexOf("__")).replace('_', '.');
                if (!MigrationVersion.fromVersion(number).isNewerThan(last.getVersion())) {
                    Files.copy(file, into.resolve(name));
                }
            }
        }
    }

    private static Flyway flyway(String url, String location) {
        return Flyway.configure().dataSource(url, "sa", "").locations(location).load();
    }

    private static Flyway flyway(String url, String location, String target) {
        return Flyway.configure()
                .dataSource(url, "sa", "")
                .locations(location)
                .target(target)
                .load();
    }

    private static String url(String name) {
        return MigrationDatabase.freshUrl("upgrade-" + name);
    }
}
