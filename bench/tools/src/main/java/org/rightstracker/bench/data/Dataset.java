package org.rightstracker.bench.data;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.rightstracker.core.shared.IdSequences;

/**
 * The generated rows, held in memory per table and written in foreign-key order. Ids are assigned
 * here, after whatever the tables already hold, and the id sequences are moved past them at the end
 * so the application's own inserts continue from there (write while the server is stopped: a running
 * server may hold a reserved block of ids).
 */
final class Dataset {

    /** Every table the generator fills, in an order that satisfies the foreign keys, with its columns. */
    private static final Map<String, List<String>> COLUMNS = new LinkedHashMap<>();

    static {
        table("party", "name, kind, roles, society, ipi_name_number, isni, contact_name, email, phone, notes");
        table("work", "title, iswc, public_domain, notes");
        table("writer_share", "work_id, party_id, designation, society, share, work_for_hire, position");
        table("publisher_share", "work_id, party_id, role, society, share, position");
        table("recording", "title, artist, isrc, release_year, duration_seconds, work_id, notes");
        table("master_share", "recording_id, party_id, share, position");
        table(
                "production",
                "title, kind, aka, series_title, episode_number, episode_title, production_number, studio_id,"
                        + " studio_owns_score, runtime_seconds, frame_rate, budget_amount, currency, plan_media,"
                        + " plan_territories, plan_excluded_territories, plan_term_start, plan_term_years,"
                        + " release_date, notes");
        table(
                "cue",
                "production_id, number, title, origin, usage, timecode_in, timecode_out, duration_seconds, scene,"
                        + " moods, styles, notes, work_id, recording_id, active");
        table(
                "clearance_item",
                "cue_id, party_id, side, sync_share, master_share, obsolete, status, fee_currency, quoted_fee,"
                        + " agreed_fee, mfn, mfn_waived, quote_expires_on, granted_media, granted_territories,"
                        + " granted_excluded_territories, term_start, term_years, requested_on, quoted_on,"
                        + " negotiating_on, approved_on, licensed_on, denied_on, withdrawn_on, contact, notes");
        table("licence_option", "clearance_item_id, description, fee, currency, exercise_deadline, exercised");
        table(
                "licence_event",
                "clearance_item_id, kind, occurred_on, status, channel, next_follow_up_on, note, detail, username,"
                        + " display_name");
        table(
                "app_user",
                "username, display_name, password_hash, role, enabled, must_change_password, failed_logins,"
                        + " locked_until, last_login_at");
        table("production_member", "production_id, user_id");
    }

    private static void table(String name, String columns) {
        List<String> all = new ArrayList<>(List.of("id", "created_at", "updated_at", "version"));
        for (String column : columns.split(",")) {
            all.add(column.strip());
        }
        COLUMNS.put(name, List.copyOf(all));
    }

    private final Map<String, List<Object[]>> rows = new LinkedHashMap<>();
    private final Map<String, Long> nextId = new LinkedHashMap<>();
    private final OffsetDateTime createdAt;

    private Dataset(OffsetDateTime createdAt) {
        this.createdAt = createdAt;
    }

    /** An empty data set whose ids continue after the rows {@code connection}'s tables already hold. */
    static Dataset continuing(Connection connection, OffsetDateTime createdAt) throws SQLException {
        Dataset dataset = new Dataset(createdAt);
        try (Statement statement = connection.createStatement()) {
            for (String table : COLUMNS.keySet()) {
                try (ResultSet max = statement.executeQuery("select coalesce(max(id), 0) from " + table)) {
                    max.next();
                    dataset.nextId.put(table, max.getLong(1) + 1);
                }
                dataset.rows.put(table, new ArrayList<>());
            }
        }
        return dataset;
    }

    /** Adds a row (id, timestamps and version 0 are filled in) and returns its id. */
    long add(String table, Object... values) {
        List<String> columns = COLUMNS.get(table);
        if (values.length != columns.size() - 4) {
            throw new IllegalArgumentException(
                    table + ": expected " + (columns.size() - 4) + " values, got " + values.length);
        }
        long id = nextId.merge(table, 1L, Long::sum) - 1;
        Object[] row = new Object[columns.size()];
        row[0] = id;
        row[1] = createdAt;
        row[2] = createdAt;
        row[3] = 0L;
        System.arraycopy(values, 0, row, 4, values.length);
        rows.get(table).add(row);
        return id;
    }

    /** Rows added per table, in writing order. */
    Map<String, Integer> counts() {
        Map<String, Integer> counts = new LinkedHashMap<>();
        rows.forEach((table, list) -> counts.put(table, list.size()));
        return counts;
    }

    /** Writes every row in one transaction, then moves each id sequence past the ids used. */
    void write(Connection connection) throws SQLException {
        boolean autoCommit = connection.getAutoCommit();
        connection.setAutoCommit(false);
        try {
            for (Map.Entry<String, List<Object[]>> table : rows.entrySet()) {
                try (BatchInsert insert = new BatchInsert(connection, table.getKey(), COLUMNS.get(table.getKey()))) {
                    for (Object[] row : table.getValue()) {
                        insert.add(row);
                    }
                }
            }
            for (String table : rows.keySet()) {
                IdSequences.movePastStoredIds(connection, table);
            }
            connection.commit();
        } catch (SQLException | RuntimeException e) {
            connection.rollback();
            throw e;
        } finally {
            connection.setAutoCommit(autoCommit);
        }
    }
}
