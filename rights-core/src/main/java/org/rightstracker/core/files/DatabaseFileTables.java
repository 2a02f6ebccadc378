package org.rightstracker.core.files;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/**
 * The database store's two tables ({@code stored_file}, {@code stored_file_chunk}, V12) on a given
 * connection, so the running store, the backup and the restore all write and read them the same way.
 * A file is written one chunk per statement and read one chunk per query: memory holds one chunk.
 */
public final class DatabaseFileTables {

    /** Chunk size: large enough for few rows per file, small enough to hold comfortably in memory. */
    public static final int CHUNK_BYTES = 256 * 1024;

    /** Table names, which a backup carries as files rather than as rows. */
    public static final List<String> TABLES = List.of("stored_file", "stored_file_chunk");

    /** A stored file as its row lists it. */
    public record Entry(FileArea area, String sha256, long sizeBytes) {}

    /** Reads one chunk of a file by its position; the store and the backup give their own connection. */
    @FunctionalInterface
    public interface ChunkReader {
        byte[] chunk(int seq) throws SQLException;
    }

    private DatabaseFileTables() {}

    public static boolean contains(Connection connection, FileArea area, String sha256) throws SQLException {
        try (PreparedStatement ps =
                connection.prepareStatement("select count(*) from stored_file where area = ? and sha256 = ?")) {
            ps.setString(1, area.folder());
            ps.setString(2, ContentHash.requireHex(sha256));
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1) > 0;
            }
        }
    }

    /**
     * Writes the file's bytes under its hash unless they are there already. The caller has checked that
     * {@code content} hashes to {@code sha256}; the row and its chunks go in the caller's transaction.
     */
    public static void insert(Connection connection, FileArea area, String sha256, Path content)
            throws SQLException, IOException {
        if (contains(connection, area, sha256)) {
            return;
        }
        long size = Files.size(content);
        int chunks = (int) ((size + CHUNK_BYTES - 1) / CHUNK_BYTES);
        try (PreparedStatement ps = connection.prepareStatement(
                "insert into stored_file (area, sha256, size_bytes, chunks, stored_at) values (?, ?, ?, ?, ?)")) {
            ps.setString(1, area.folder());
            ps.setString(2, sha256);
            ps.setLong(3, size);
            ps.setInt(4, chunks);
            ps.setObject(5, OffsetDateTime.now(ZoneOffset.UTC));
            ps.executeUpdate();
        }
        try (InputStream in = Files.newInputStream(content);
                PreparedStatement ps = connection.prepareStatement(
                        "insert into stored_file_chunk (area, sha256, seq, bytes) values (?, ?, ?, ?)")) {
            for (int seq = 0; seq < chunks; seq++) {
                ps.setString(1, area.folder());
                ps.setString(2, sha256);
                ps.setInt(3, seq);
                ps.setBytes(4, in.readNBytes(CHUNK_BYTES));
                // One statement per chunk, not a batch: a batch would hold every chunk in memory at once.
                ps.executeUpdate();
            }
        }
    }

    public static byte[] chunk(Connection connection, FileArea area, String sha256, int seq) throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement(
                "select bytes from stored_file_chunk where area = ? and sha256 = ? and seq = ?")) {
            ps.setString(1, area.folder());
            ps.setString(2, sha256);
            ps.setInt(3, seq);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getBytes(1) : null;
            }
        }
    }

    /** The file's content as a stream that fetches one chunk at a time; not checked against its hash. */
    public static InputStream open(ChunkReader reader) {
        return new InputStream() {
            private byte[] current = new byte[0];
            private int position;
            private int next;
            private boolean ended;

            @Override
            public int read() throws IOException {
                byte[] one = new byte[1];
                int n = read(one, 0, 1);
                return n < 0 ? -1 : one[0] & 0xff;
            }

            @Override
            public int read(byte[] buffer, int offset, int length) throws IOException {
                if (length == 0) {
                    return 0;
                }
                while (position >= current.length) {
                    if (ended) {
                        return -1;
                    }
                    try {
                        byte[] chunk = reader.chunk(next++);
                        if (chunk == null) {
                            ended = true;
                            return -1;
                        }
                        current = chunk;
                        position = 0;
                    } catch (SQLException e) {
                        throw new IOException(
                                "Cannot read a stored file's chunk from the database: " + e.getMessage(), e);
                    }
                }
                int n = Math.min(length, current.length - position);
                System.arraycopy(current, position, buffer, offset, n);
                position += n;
                return n;
            }
        };
    }

    public static List<Entry> list(Connection connection) throws SQLException {
        List<Entry> entries = new ArrayList<>();
        try (PreparedStatement ps = connection.prepareStatement(
                        "select area, sha256, size_bytes from stored_file order by area, sha256");
                ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                FileArea area = FileArea.ofFolder(rs.getString(1)).orElse(null);
                if (area != null) {
                    entries.add(new Entry(area, rs.getString(2), rs.getLong(3)));
                }
            }
        }
        return entries;
    }

    public static void delete(Connection connection, FileArea area, String sha256) throws SQLException {
        // Chunks first: not every database honours the cascade the same way inside one transaction.
        for (String table : List.of("stored_file_chunk", "stored_file")) {
            try (PreparedStatement ps =
                    connection.prepareStatement("delete from " + table + " where area = ? and sha256 = ?")) {
                ps.setString(1, area.folder());
                ps.setString(2, ContentHash.requireHex(sha256));
                ps.executeUpdate();
            }
        }
    }
}
