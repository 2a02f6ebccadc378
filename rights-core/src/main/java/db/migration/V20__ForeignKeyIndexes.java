package db.migration;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * One index behind every foreign key, on both databases, and only one. On PostgreSQL ten foreign keys
 * had none (a studio's productions, a cue's documents and album tracks, …), so deleting the row they point
 * at read the whole table: they get {@link #MISSING}. On H2 a foreign key declared inline
 * ({@code party_id bigint references party (id)}) has a hidden index of its own, so the index created
 * next to it for PostgreSQL ({@code ix_writer_share_party}) was a second copy that every insert wrote
 * too: 22 such pairs, among them both keys of the writer and publisher shares, which a 10,000-work CWR
 * import writes 43,000 of. There each such key is dropped and added again with the same name, columns and
 * rules: H2 then uses the existing index on exactly its columns (not a longer one), and the hidden index
 * goes with the old key. PostgreSQL's foreign keys have no index of their own, so that part is H2's only.
 */
public class V20__ForeignKeyIndexes extends BaseJavaMigration {

    private record ForeignKey(
            String table,
            String name,
            String index,
            List<String> columns,
            String referencedTable,
            List<String> referencedColumns,
            String deleteRule,
            String updateRule) {}

    /** Foreign keys without an index on PostgreSQL at V19: index name, table and column. */
    static final List<List<String>> MISSING = List.of(
            List.of("ix_album_label_party", "album", "label_party_id"),
            List.of("ix_album_mechanical_rate", "album", "mechanical_rate_id"),
            List.of("ix_album_right_party", "album_right", "party_id"),
            List.of("ix_album_track_cue", "album_track", "cue_id"),
            List.of("ix_album_track_recording", "album_track", "recording_id"),
            List.of("ix_document_clearance_item", "document", "clearance_item_id"),
            List.of("ix_document_cue", "document", "cue_id"),
            List.of("ix_production_studio", "production", "studio_id"),
            List.of("ix_score_stage_entry_recording_session", "score_stage_entry", "recording_session_id"),
            List.of("ix_series_studio", "series", "studio_id"));

    @Override
    public void migrate(Context context) throws SQLException {
        Connection connection = context.getConnection();
        try (Statement statement = connection.createStatement()) {
            for (List<String> index : MISSING) {
                statement.execute("create index " + index.get(0) + " on " + index.get(1) + " (" + index.get(2) + ")");
            }
        }
        if (!connection.getMetaData().getDatabaseProductName().equals("H2")) {
            return;
        }
        List<ForeignKey> keys = foreignKeys(connection);
        try (Statement statement = connection.createStatement()) {
            for (ForeignKey key : keys) {
                if (!hasAnotherIndexFor(connection, key)) {
                    continue;
                }
                statement.execute("alter table " + quoted(key.table()) + " drop constraint " + quoted(key.name()));
                statement.execute("alter table " + quoted(key.table()) + " add constraint " + quoted(key.name())
                        + " foreign key (" + quoted(key.columns()) + ") references " + quoted(key.referencedTable())
                        + " (" + quoted(key.referencedColumns()) + ") on delete " + key.deleteRule()
                        + " on update " + key.updateRule());
            }
        }
    }

    private static List<ForeignKey> foreignKeys(Connection connection) throws SQLException {
        List<ForeignKey> keys = new ArrayList<>();
        try (Statement statement = connection.createStatement();
                ResultSet rs = statement.executeQuery("select tc.table_name, tc.constraint_name, tc.index_name,"
                        + " rc.delete_rule, rc.update_rule, uc.table_name, uc.constraint_name"
                        + " from information_schema.table_constraints tc"
                        + " join information_schema.referential_constraints rc"
                        + " on rc.constraint_schema = tc.constraint_schema and rc.constraint_name = tc.constraint_name"
                        + " join information_schema.table_constraints uc"
                        + " on uc.constraint_schema = rc.unique_constraint_schema"
                        + " and uc.constraint_name = rc.unique_constraint_name"
                        + " where tc.constraint_type = 'FOREIGN KEY' and tc.table_schema = current_schema"
                        + " order by tc.table_name, tc.constraint_name")) {
            while (rs.next()) {
                keys.add(new ForeignKey(
                        rs.getString(1),
                        rs.getString(2),
                        rs.getString(3),
                        columns(connection, rs.getString(2)),
                        rs.getString(6),
                        columns(connection, rs.getString(7)),
                        rs.getString(4),
                        rs.getString(5)));
            }
        }
        return keys;
    }

    private static List<String> columns(Connection connection, String constraint) throws SQLException {
        List<String> columns = new ArrayList<>();
        try (PreparedStatement statement = connection.prepareStatement("select column_name"
                + " from information_schema.key_column_usage"
                + " where constraint_schema = current_schema and constraint_name = ? order by ordinal_position")) {
            statement.setString(1, constraint);
            try (ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    columns.add(rs.getString(1));
                }
            }
        }
        return columns;
    }

    /** Another index of the table on exactly the key's columns, which H2 will then use for it. */
    private static boolean hasAnotherIndexFor(Connection connection, ForeignKey key) throws SQLException {
        Map<String, List<String>> indexes = new LinkedHashMap<>();
        try (PreparedStatement statement = connection.prepareStatement("select index_name, column_name"
                + " from information_schema.index_columns where table_schema = current_schema and table_name = ?"
                + " order by index_name, ordinal_position")) {
            statement.setString(1, key.table());
            try (ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    indexes.computeIfAbsent(rs.getString(1), name -> new ArrayList<>())
                            .add(rs.getString(2));
                }
            }
        }
        return indexes.entrySet().stream()
                .filter(index -> !index.getKey().equals(key.index()))
                .map(Map.Entry::getValue)
                .anyMatch(columns -> columns.size() == key.columns().size()
                        && Set.copyOf(columns).equals(Set.copyOf(key.columns())));
    }

    private static String quoted(String name) {
        return '"' + name + '"';
    }

    private static String quoted(List<String> names) {
        return String.join(
                ", ", names.stream().map(V20__ForeignKeyIndexes::quoted).toList());
    }
}
