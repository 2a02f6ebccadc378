package db.migration;

import static org.assertj.core.api.Assertions.assertThat;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.config.ConfigProvider;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;

/**
 * Migration V7_1 on the database the tests run on (H2, or PostgreSQL under scripts/with-postgres): a
 * schema of its own is migrated up to V7 as an older instance would have it, seeded with licences whose
 * notes mix workflow lines and the user's lines, then migrated to the latest version.
 */
@QuarkusTest
class WorkflowNotesMigrationTest {

    @Inject
    AgroalDataSource dataSource;

    /** One moved step as the table holds it. */
    record Row(long item, String kind, String on, String status, String note, String username) {}

    @Test
    void quarkusAppliedTheJavaMigrationAtStart() throws SQLException {
        try (Connection connection = dataSource.getConnection();
                Statement statement = connection.createStatement();
                ResultSet rs = statement.executeQuery(
                        "select \"type\", \"success\" from \"flyway_schema_history\"" + " where \"version\" = '7.1'")) {
            assertThat(rs.next()).as("version 7.1 in Flyway's history").isTrue();
            assertThat(rs.getString(1)).isEqualTo("JDBC");
            assertThat(rs.getBoolean(2)).isTrue();
        }
    }

    @Test
    void workflowLinesInNotesBecomeTimelineRecordsAndTheUsersLinesStay() throws SQLException {
        String url = ConfigProvider.getConfig().getValue("quarkus.datasource.jdbc.url", String.class);
        String user = ConfigProvider.getConfig().getValue("quarkus.datasource.username", String.class);
        String password = ConfigProvider.getConfig()
                .getOptionalValue("quarkus.datasource.password", String.class)
                .orElse("");
        String schema = "v71_test_" + Long.toString(System.nanoTime(), 36);
        Flyway flyway = Flyway.configure()
                .dataSource(url, user, password)
                .schemas(schema)
                .createSchemas(true)
                .locations("classpath:db/migration")
                .cleanDisabled(false)
                .target("7")
                .load();
        try (Connection db = DriverManager.getConnection(url, user, password)) {
            flyway.migrate();
            db.setSchema(schema);
            long mixed = seedItem(
                    db,
                    "Call Anna first\r\n2026-01-05 Requested\r\n2026-01-20 Quoted: by e-mail, valid"
                            + " 30 days\r\nPrefers PDF contracts\r\n2026-02-01 Approved");
            long onlySteps = seedItem(db, "2026-01-05 Requested\n2026-03-01 Withdrawn: not needed after all");
            String lookAlikes = "2026-13-45 Requested\n2026-03-01 Requested a call back";
            long userOnly = seedItem(db, lookAlikes);
            long empty = seedItem(db, null);

            Flyway.configure()
                    .configuration(flyway.getConfiguration())
                    .target("latest")
                    .load()
                    .migrate();

            assertThat(events(db))
                    .containsExactly(
                            new Row(mixed, "STEP", "2026-01-05", "REQUESTED", null, "migrated"),
                            new Row(mixed, "STEP", "2026-01-20", "QUOTED", "by e-mail, valid 30 days", "migrated"),
                            new Row(mixed, "STEP", "2026-02-01", "APPROVED", null, "migrated"),
                            new Row(onlySteps, "STEP", "2026-01-05", "REQUESTED", null, "migrated"),
                            new Row(onlySteps, "STEP", "2026-03-01", "WITHDRAWN", "not needed after all", "migrated"));
            assertThat(notes(db, mixed)).isEqualTo("Call Anna first\r\nPrefers PDF contracts");
            assertThat(notes(db, onlySteps)).isNull();
            assertThat(notes(db, userOnly)).isEqualTo(lookAlikes);
            assertThat(notes(db, empty)).isNull();
        } finally {
            flyway.clean();
            try (Connection db = DriverManager.getConnection(url, user, password);
                    Statement drop = db.createStatement()) {
                drop.execute("drop schema if exists \"" + schema + "\" cascade");
            }
        }
    }

    private static long seedItem(Connection db, String notes) throws SQLException {
        long party = insert(
                db,
                "insert into party (created_at, updated_at, version, name, kind, roles) values (current_timestamp,"
                        + " current_timestamp, 0, 'Harbour Songs', 'ORGANISATION', 'PUBLISHER')");
        long production = insert(
                db,
                "insert into production (created_at, updated_at, version, title, kind, studio_owns_score, frame_rate,"
                        + " currency, plan_media, plan_territories, plan_excluded_territories) values"
                        + " (current_timestamp, current_timestamp, 0, 'Film', 'FEATURE_FILM', false, '24', 'USD',"
                        + " 'ALL_MEDIA', 'WORLD', '')");
        long cue = insert(
                db,
                "insert into cue (created_at, updated_at, version, production_id, number, title, origin, usage, active)"
                        + " values (current_timestamp, current_timestamp, 0, " + production
                        + ", '1M1', 'Cue', 'SOUNDTRACK', 'BV', true)");
        try (PreparedStatement item = db.prepareStatement(
                "insert into clearance_item (created_at, updated_at, version, cue_id, party_id, side, sync_share,"
                        + " obsolete, status, mfn, mfn_waived, granted_media, granted_territories,"
                        + " granted_excluded_territories, notes) values (current_timestamp, current_timestamp, 0, ?, ?,"
                        + " 'SYNC', 100, false, 'APPROVED', false, false, '', '', '', ?)",
                Statement.RETURN_GENERATED_KEYS)) {
            item.setLong(1, cue);
            item.setLong(2, party);
            item.setString(3, notes);
            item.executeUpdate();
            return key(item);
        }
    }

    private static long insert(Connection db, String sql) throws SQLException {
        try (PreparedStatement statement = db.prepareStatement(sql, Statement.RETURN_GENERATED_KEYS)) {
            statement.executeUpdate();
            return key(statement);
        }
    }

    private static long key(PreparedStatement statement) throws SQLException {
        try (ResultSet keys = statement.getGeneratedKeys()) {
            keys.next();
            return keys.getLong("id");
        }
    }

    private static List<Row> events(Connection db) throws SQLException {
        List<Row> rows = new ArrayList<>();
        try (Statement statement = db.createStatement();
                ResultSet rs = statement.executeQuery("select clearance_item_id, kind, occurred_on, status, note,"
                        + " username from licence_event order by id")) {
            while (rs.next()) {
                rows.add(new Row(
                        rs.getLong(1),
                        rs.getString(2),
                        rs.getDate(3).toLocalDate().toString(),
                        rs.getString(4),
                        rs.getString(5),
                        rs.getString(6)));
            }
        }
        return rows;
    }

    private static String notes(Connection db, long itemId) throws SQLException {
        try (PreparedStatement statement = db.prepareStatement("select notes from clearance_item where id = ?")) {
            statement.setLong(1, itemId);
            try (ResultSet rs = statement.executeQuery()) {
                rs.next();
                return rs.getString(1);
            }
        }
    }
}
