package org.rightstracker.bench.data;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;

/**
 * A JDBC batch insert into one table with an explicit column list, so that columns added later with
 * a default (V4+ migrations) do not break the generator. Flushes every {@value #BATCH} rows.
 */
final class BatchInsert implements AutoCloseable {

    private static final int BATCH = 1_000;

    private final PreparedStatement statement;
    private final int columns;
    private int pending;
    private long rows;

    BatchInsert(Connection connection, String table, List<String> columnNames) throws SQLException {
        this.columns = columnNames.size();
        String placeholders = String.join(", ", java.util.Collections.nCopies(columns, "?"));
        this.statement = connection.prepareStatement(
                "insert into " + table + " (" + String.join(", ", columnNames) + ") values (" + placeholders + ")");
    }

    void add(Object... values) throws SQLException {
        if (values.length != columns) {
            throw new IllegalArgumentException("expected " + columns + " values, got " + values.length);
        }
        for (int i = 0; i < values.length; i++) {
            statement.setObject(i + 1, values[i]);
        }
        statement.addBatch();
        rows++;
        if (++pending == BATCH) {
            flush();
        }
    }

    long rows() {
        return rows;
    }

    private void flush() throws SQLException {
        if (pending > 0) {
            statement.executeBatch();
            pending = 0;
        }
    }

    @Override
    public void close() throws SQLException {
        try {
            flush();
        } finally {
            statement.close();
        }
    }
}
