package org.rightstracker.core.shared;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Where ids come from (since V19): every table's {@code id} is taken from its own sequence,
 * {@code <table>_seq}, which moves in steps of {@value #STEP}. Hibernate reserves a block of
 * {@value #STEP} ids with one call and can then send inserts in JDBC batches (an identity column
 * made it ask the database for every row: one round trip per insert). The column's default is the
 * same sequence, so a plain SQL insert that leaves the id out still gets a fresh one.
 *
 * <p>Hibernate's pooled optimizer reads a value {@code v} as the top of the block {@code v - 49 .. v},
 * so a sequence must never return a value whose block reaches an id already stored: after rows were
 * written with explicit ids (a restore, the benchmark's data generator) the sequence restarts at the
 * highest id plus {@value #STEP} ({@link #movePastStoredIds}).
 */
public final class IdSequences {

    /** Ids reserved per call; Hibernate's default allocation size, and the sequences' increment. */
    public static final int STEP = 50;

    private static final String SUFFIX = "_seq";

    private IdSequences() {}

    /** The sequence that gives {@code table}'s ids. */
    public static String of(String table) {
        return table + SUFFIX;
    }

    /** The first value a sequence may return when {@code maxId} is the highest id stored. */
    public static long firstValueAbove(long maxId) {
        return maxId + STEP;
    }

    /** Tables (lower case) that take their ids from a sequence of this naming, in name order. */
    public static List<String> tables(Connection connection) throws SQLException {
        List<String> tables = new ArrayList<>();
        try (Statement statement = connection.createStatement();
                ResultSet rs = statement.executeQuery("select t.table_name from information_schema.tables t"
                        + " join information_schema.sequences s on lower(s.sequence_name) = lower(t.table_name) || '"
                        + SUFFIX + "' and s.sequence_schema = t.table_schema"
                        + " where t.table_schema = current_schema order by 1")) {
            while (rs.next()) {
                tables.add(rs.getString(1).toLowerCase(Locale.ROOT));
            }
        }
        return List.copyOf(tables);
    }

    /** Restarts the sequence of every table so that no id it gives (or Hibernate derives) is taken. */
    public static void movePastStoredIds(Connection connection) throws SQLException {
        for (String table : tables(connection)) {
            movePastStoredIds(connection, table);
        }
    }

    /** Restarts {@code table}'s sequence past the highest id stored in it. */
    public static void movePastStoredIds(Connection connection, String table) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            long max;
            try (ResultSet rs = statement.executeQuery("select coalesce(max(id), 0) from " + table)) {
                rs.next();
                max = rs.getLong(1);
            }
            statement.execute("alter sequence " + of(table) + " restart with " + firstValueAbove(max));
        }
    }
}
