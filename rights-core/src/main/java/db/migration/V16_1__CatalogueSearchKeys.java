package db.migration;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import org.rightstracker.core.shared.SearchKey;

/**
 * Fills the folded search keys that V16 added for the names and titles already stored, with the same
 * {@link SearchKey} the entities use on every save. Written in Java because removing accents is not
 * portable SQL between H2 and PostgreSQL. Flyway runs it once, recorded as version 16.1.
 */
public class V16_1__CatalogueSearchKeys extends BaseJavaMigration {

    @Override
    public void migrate(Context context) throws SQLException {
        fillAll(context.getConnection());
    }

    static void fillAll(Connection connection) throws SQLException {
        fill(connection, "party", "name", "name_key", 200);
        fill(connection, "work", "title", "title_key", 300);
        fill(connection, "recording", "title", "title_key", 300);
        fill(connection, "recording", "artist", "artist_key", 300);
        fill(connection, "production", "title", "title_key", 300);
        fill(connection, "cue", "title", "title_key", 300);
        fillAlternateTitles(connection);
    }

    private static void fill(Connection connection, String table, String column, String key, int length)
            throws SQLException {
        try (PreparedStatement read = connection.prepareStatement("select id, " + column + " from " + table);
                PreparedStatement write =
                        connection.prepareStatement("update " + table + " set " + key + " = ? where id = ?");
                ResultSet rows = read.executeQuery()) {
            int batched = 0;
            while (rows.next()) {
                write.setString(1, SearchKey.of(rows.getString(2), length));
                write.setLong(2, rows.getLong(1));
                write.addBatch();
                if (++batched % 500 == 0) {
                    write.executeBatch();
                }
            }
            write.executeBatch();
        }
    }

    private static void fillAlternateTitles(Connection connection) throws SQLException {
        Map<Long, List<String>> titles = new LinkedHashMap<>();
        try (PreparedStatement read = connection.prepareStatement(
                        "select work_id, title from work_alternate_title order by work_id, position");
                ResultSet rows = read.executeQuery()) {
            while (rows.next()) {
                titles.computeIfAbsent(rows.getLong(1), id -> new ArrayList<>()).add(rows.getString(2));
            }
        }
        try (PreparedStatement write = connection.prepareStatement("update work set alternate_key = ? where id = ?")) {
            for (Map.Entry<Long, List<String>> work : titles.entrySet()) {
                write.setString(1, SearchKey.ofAll(work.getValue(), 4000));
                write.setLong(2, work.getKey());
                write.addBatch();
            }
            write.executeBatch();
        }
    }
}
