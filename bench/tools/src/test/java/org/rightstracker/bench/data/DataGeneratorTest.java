package org.rightstracker.bench.data;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.rightstracker.core.clearance.engine.Holder;
import org.rightstracker.core.clearance.engine.RequiredItem;
import org.rightstracker.core.clearance.engine.RequiredItems;
import org.rightstracker.core.cue.CueOrigin;
import org.rightstracker.core.shared.IdSequences;
import org.rightstracker.core.shared.Share;

/**
 * Generates into an in-memory H2 migrated with the application's own Flyway migrations, so every
 * check constraint and foreign key applies, then checks the rows against the application's rules.
 */
class DataGeneratorTest {

    private static final LocalDate AS_OF = LocalDate.of(2026, 11, 26);
    private static final AtomicInteger DATABASES = new AtomicInteger();

    private static GeneratorSettings small(long seed) {
        return new GeneratorSettings(12, 900, 150, 30, 4, seed, AS_OF, "bench-supervisor", "admin");
    }

    @Test
    void writesTheRequestedSizesAndPutsTheBenchSupervisorOnTheFirstProductions() throws SQLException {
        try (Connection db = migratedDatabase()) {
            GeneratedData generated = DataGenerator.generate(db, small(1));

            assertThat(count(db, "select count(*) from production")).isEqualTo(12);
            assertThat(count(db, "select count(*) from cue")).isEqualTo(900);
            assertThat(count(db, "select count(*) from cue where production_id = " + generated.largeProduction()))
                    .isEqualTo(150);
            assertThat(count(db, "select count(*) from cue where production_id = " + generated.smallProduction()))
                    .isEqualTo(30);
            long items = count(db, "select count(*) from clearance_item");
            assertThat(items).as("about four clearance items per cue").isBetween(900L * 3, 900L * 5);
            assertThat(count(
                            db,
                            "select count(*) from production_member m join app_user u on u.id = m.user_id"
                                    + " where u.username = 'bench-supervisor' and u.role = 'SUPERVISOR'"))
                    .isEqualTo(4);
            assertThat(generated.memberProductions())
                    .contains(generated.largeProduction(), generated.smallProduction());
            assertThat(count(
                            db,
                            "select count(*) from cue where id = " + generated.sampleCue() + " and production_id = "
                                    + generated.largeProduction()))
                    .isEqualTo(1);
            assertThat(generated.editableCues()).isNotEmpty();
            assertThat(count(db, "select count(distinct status) from clearance_item"))
                    .isEqualTo(8);
            assertThat(count(db, "select count(distinct side) from clearance_item"))
                    .isEqualTo(4);
            assertThat(count(db, "select count(*) from licence_option")).isPositive();
            assertThat(count(
                            db,
                            "select count(*) from clearance_item where quote_expires_on between date '2026-11-26'"
                                    + " and date '2026-12-26' and status in ('QUOTED', 'NEGOTIATING')"))
                    .as("quotes expiring within the month")
                    .isPositive();
        }
    }

    @Test
    void clearanceItemsAreExactlyWhatTheApplicationDerivesFromOwnership() throws SQLException {
        try (Connection db = migratedDatabase()) {
            DataGenerator.generate(db, small(2));
            Map<Long, List<Holder>> writers =
                    holders(db, "select work_id, party_id, share from writer_share order by work_id, position");
            Map<Long, List<Holder>> publishers =
                    holders(db, "select work_id, party_id, share from publisher_share order by work_id, position");
            Map<Long, List<Holder>> masters = holders(
                    db, "select recording_id, party_id, share from master_share order by recording_id, position");
            Map<Long, List<String>> stored = new HashMap<>();
            try (Statement s = db.createStatement();
                    ResultSet r = s.executeQuery("select cue_id, party_id, side, sync_share, master_share, obsolete"
                            + " from clearance_item order by cue_id, id")) {
                while (r.next()) {
                    assertThat(r.getBoolean("obsolete")).isFalse();
                    stored.computeIfAbsent(r.getLong(1), c -> new ArrayList<>())
                            .add(describe(r.getLong(2), r.getString(3), r.getBigDecimal(4), r.getBigDecimal(5)));
                }
            }
            int cues = 0;
            try (Statement s = db.createStatement();
                    ResultSet r = s.executeQuery("select c.id, c.origin, c.work_id, c.recording_id, w.public_domain,"
                            + " p.studio_owns_score from cue c join production p on p.id = c.production_id"
                            + " left join work w on w.id = c.work_id")) {
                while (r.next()) {
                    long work = r.getLong("work_id");
                    long recording = r.getLong("recording_id");
                    List<RequiredItem> required = RequiredItems.derive(
                            CueOrigin.valueOf(r.getString("origin")),
                            r.getBoolean("public_domain"),
                            r.getBoolean("studio_owns_score"),
                            writers.getOrDefault(work, List.of()),
                            publishers.getOrDefault(work, List.of()),
                            masters.getOrDefault(recording, List.of()));
                    List<String> expected = required.stream()
                            .map(i -> describe(
                                    i.partyId(),
                                    i.side().name(),
                                    i.syncShare() == null ? null : i.syncShare().value(),
                                    i.masterShare() == null
                                            ? null
                                            : i.masterShare().value()))
                            .toList();
                    assertThat(stored.getOrDefault(r.getLong("id"), List.of()))
                            .as("items of cue %d", r.getLong("id"))
                            .containsExactlyElementsOf(expected);
                    cues++;
                }
            }
            assertThat(cues).isEqualTo(900);
        }
    }

    @Test
    void everyStatusCarriesWhatTheLicenceWorkflowRecords() throws SQLException {
        try (Connection db = migratedDatabase()) {
            DataGenerator.generate(db, small(3));
            String[] violations = {
                // A quote from "quoted" on, in a currency.
                "status in ('QUOTED','NEGOTIATING','APPROVED','LICENSED') and (quoted_fee is null or quoted_on is null"
                        + " or fee_currency is null)",
                // Committed money keeps its agreed fee.
                "status in ('APPROVED','LICENSED') and (agreed_fee is null or approved_on is null)",
                // An executed licence grants a complete scope.
                "status = 'LICENSED' and (licensed_on is null or granted_media = '' or granted_territories = ''"
                        + " or term_start is null)",
                "status = 'NOT_REQUESTED' and (requested_on is not null or quoted_fee is not null or notes is not null)",
                "status = 'DENIED' and denied_on is null",
                "status = 'WITHDRAWN' and withdrawn_on is null",
                "mfn_waived and not mfn",
                "term_years is not null and term_start is null",
                "quoted_on < requested_on or approved_on < quoted_on or licensed_on < approved_on",
                // No step after the as-of day (each date on its own: GREATEST is null when any date is).
                "requested_on > date '2026-11-26' or quoted_on > date '2026-11-26' or negotiating_on > date"
                        + " '2026-11-26' or approved_on > date '2026-11-26' or licensed_on > date '2026-11-26' or"
                        + " denied_on > date '2026-11-26' or withdrawn_on > date '2026-11-26'",
                // Steps are timeline records, as the application writes them; notes stay the user's own.
                "notes is not null",
                "status <> 'NOT_REQUESTED' and not exists (select 1 from licence_event e where"
                        + " e.clearance_item_id = clearance_item.id and e.kind = 'STEP' and e.status = clearance_item.status)",
                "requested_on is not null and not exists (select 1 from licence_event e where"
                        + " e.clearance_item_id = clearance_item.id and e.status = 'REQUESTED'"
                        + " and e.occurred_on = requested_on)",
            };
            for (String violation : violations) {
                assertThat(count(db, "select count(*) from clearance_item where " + violation))
                        .as(violation)
                        .isZero();
            }
            assertThat(count(db, "select count(*) from cue where duration_seconds is null or timecode_in is null"))
                    .isZero();
            assertThat(count(
                            db,
                            "select count(*) from (select work_id, sum(share) total from writer_share"
                                    + " group by work_id having sum(share) <> 100) t"))
                    .as("writer shares add up to 100%")
                    .isZero();
            assertThat(count(
                            db,
                            "select count(*) from (select work_id from publisher_share"
                                    + " group by work_id having sum(share) <> 100) t"))
                    .as("publisher shares add up to 100%")
                    .isZero();
        }
    }

    @Test
    void theSameSeedGivesTheSameRowsAndAnotherSeedOthers() throws SQLException {
        try (Connection first = migratedDatabase();
                Connection second = migratedDatabase();
                Connection third = migratedDatabase()) {
            DataGenerator.generate(first, small(7));
            DataGenerator.generate(second, small(7));
            DataGenerator.generate(third, small(8));
            String items = "select * from clearance_item order by id";
            String cues = "select * from cue order by id";
            assertThat(dump(second, items)).isEqualTo(dump(first, items));
            assertThat(dump(second, cues)).isEqualTo(dump(first, cues));
            assertThat(dump(third, items)).isNotEqualTo(dump(first, items));
        }
    }

    @Test
    void theApplicationsOwnInsertsContinueAfterTheGeneratedIds() throws SQLException {
        try (Connection db = migratedDatabase()) {
            DataGenerator.generate(db, small(4));
            long maxParty = count(db, "select max(id) from party");
            try (Statement s = db.createStatement()) {
                s.executeUpdate("insert into party (created_at, updated_at, version, name, kind, roles)"
                        + " values (current_timestamp, current_timestamp, 0, 'New', 'PERSON', '')");
            }
            // The id sequence moved past the generated ids (the application reserves ids in blocks from it).
            assertThat(count(db, "select max(id) from party")).isEqualTo(IdSequences.firstValueAbove(maxParty));
        }
    }

    // An empty database as the application leaves it after its first start: migrated, with an admin.
    private static Connection migratedDatabase() throws SQLException {
        String url = "jdbc:h2:mem:bench" + DATABASES.incrementAndGet() + ";DB_CLOSE_DELAY=-1";
        Flyway.configure()
                .dataSource(url, "sa", "")
                .locations("classpath:db/migration")
                .load()
                .migrate();
        Connection connection = DriverManager.getConnection(url, "sa", "");
        try (Statement s = connection.createStatement()) {
            s.executeUpdate(
                    "insert into app_user (created_at, updated_at, version, username, display_name,"
                            + " password_hash, role, enabled, must_change_password, failed_logins) values (current_timestamp,"
                            + " current_timestamp, 0, 'admin', 'Administrator', '$2a$10$notarealhash', 'ADMIN', true, false, 0)");
        }
        return connection;
    }

    private static Map<Long, List<Holder>> holders(Connection db, String sql) throws SQLException {
        Map<Long, List<Holder>> byOwner = new HashMap<>();
        try (PreparedStatement s = db.prepareStatement(sql);
                ResultSet r = s.executeQuery()) {
            while (r.next()) {
                byOwner.computeIfAbsent(r.getLong(1), k -> new ArrayList<>())
                        .add(new Holder(r.getLong(2), "party", Share.of(r.getBigDecimal(3))));
            }
        }
        return byOwner;
    }

    private static String describe(long party, String side, BigDecimal sync, BigDecimal master) {
        return party + " " + side + " " + (sync == null ? "-" : sync.toPlainString()) + " "
                + (master == null ? "-" : master.toPlainString());
    }

    private static long count(Connection db, String sql) throws SQLException {
        try (Statement s = db.createStatement();
                ResultSet r = s.executeQuery(sql)) {
            r.next();
            return r.getLong(1);
        }
    }

    private static String dump(Connection db, String sql) throws SQLException {
        StringBuilder out = new StringBuilder();
        try (Statement s = db.createStatement();
                ResultSet r = s.executeQuery(sql)) {
            int columns = r.getMetaData().getColumnCount();
            while (r.next()) {
                for (int i = 1; i <= columns; i++) {
                    out.append(r.getObject(i)).append('|');
                }
                out.append('\n');
            }
        }
        return out.toString();
    }
}
