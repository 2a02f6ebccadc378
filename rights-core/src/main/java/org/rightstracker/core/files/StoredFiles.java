package org.rightstracker.core.files;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.rightstracker.core.shared.ValidationException;

/**
 * Where stored files (documents, issued PDFs) keep their bytes, chosen by {@code rights.file-store}
 * (env {@code RIGHTS_FILE_STORE}): {@code directory} (the default, under the data directory: one
 * machine, or a shared volume) or {@code database} (the {@code stored_file} tables: instances share
 * nothing but the database). Either way a file is named by the SHA-256 of its bytes, written once,
 * streamed in and out without being held in memory whole, and checked against its name when read.
 */
@ApplicationScoped
public class StoredFiles {

    /** The two places files can live. */
    public enum Kind {
        DIRECTORY,
        DATABASE;

        static Kind parse(String configured) {
            try {
                return valueOf(configured.strip().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new IllegalStateException(
                        "rights.file-store is \"" + configured + "\"; it must be directory or database.", e);
            }
        }
    }

    /** What storing a stream produced: the content's hash and its length. */
    public record Stored(String sha256, long sizeBytes) {}

    /** What copying the data directory's files into the database did. */
    public record CopyReport(int copied, int alreadyThere, List<String> damaged) {}

    private final Path dataDir;
    private final Kind kind;
    private final long maxBytes;

    @Inject
    AgroalDataSource dataSource;

    @Inject
    public StoredFiles(
            @ConfigProperty(name = "rights.data-dir", defaultValue = "./data") String dataDir,
            @ConfigProperty(name = "rights.file-store", defaultValue = "directory") String kind,
            @ConfigProperty(name = "rights.file-store.max-size-mb", defaultValue = "200") long maxMegabytes) {
        this.dataDir = Path.of(dataDir);
        this.kind = Kind.parse(kind);
        this.maxBytes = maxMegabytes * 1024 * 1024;
    }

    public Kind kind() {
        return kind;
    }

    public long maxBytes() {
        return maxBytes;
    }

    /** The area's folder under the data directory (used by the directory store, and copied from). */
    public Path directory(FileArea area) {
        return dataDir.resolve(area.folder());
    }

    /**
     * Copies the stream into the store and returns its hash and size; bytes already stored stay as
     * they are. In the database store the bytes join the caller's transaction.
     *
     * @throws ValidationException (field {@code file}) when the content is larger than the configured limit
     */
    public Stored store(FileArea area, InputStream content) {
        Path spool = null;
        try {
            // Spooled to a file first: the name is only known once every byte has been hashed, and a
            // crash must never leave a half file under a name that claims to be complete.
            spool = spoolFile(area);
            MessageDigest digest = ContentHash.digest();
            long size;
            try (OutputStream out = new DigestOutputStream(Files.newOutputStream(spool), digest)) {
                size = copyWithinLimit(content, out);
            }
            String sha = HexFormat.of().formatHex(digest.digest());
            if (kind == Kind.DIRECTORY) {
                Path target = path(area, sha);
                moveInPlace(spool, target);
                if (area == FileArea.ISSUED) {
                    // Issued files are never rewritten; read-only says so to anyone browsing the folder.
                    target.toFile().setReadOnly();
                }
            } else {
                Path spooled = spool;
                inDatabase(connection -> {
                    DatabaseFileTables.insert(connection, area, sha, spooled);
                    return null;
                });
            }
            return new Stored(sha, size);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot store the file in the " + describe() + ": " + e.getMessage(), e);
        } finally {
            deleteQuietly(spool);
        }
    }

    /** The file's content, checked against its hash as it is read (the last read fails if altered). */
    public Optional<InputStream> open(FileArea area, String sha256) {
        ContentHash.requireHex(sha256);
        if (!contains(area, sha256)) {
            return Optional.empty();
        }
        InputStream raw;
        if (kind == Kind.DIRECTORY) {
            try {
                raw = Files.newInputStream(path(area, sha256));
            } catch (IOException e) {
                return Optional.empty();
            }
        } else {
            raw = DatabaseFileTables.open(seq -> {
                try (Connection connection = dataSource.getConnection()) {
                    return DatabaseFileTables.chunk(connection, area, sha256, seq);
                }
            });
        }
        return Optional.of(ContentHash.checked(raw, sha256, area.relativePath(sha256)));
    }

    /**
     * The whole file, for small ones (issued PDFs).
     *
     * @throws IllegalStateException when it is missing or its content no longer matches its hash
     */
    public byte[] readAll(FileArea area, String sha256) {
        try (InputStream in = open(area, sha256)
                .orElseThrow(() -> new IllegalStateException(
                        "The stored file " + area.relativePath(sha256) + " is missing from the " + describe() + "."))) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
    }

    public boolean contains(FileArea area, String sha256) {
        ContentHash.requireHex(sha256);
        if (kind == Kind.DIRECTORY) {
            return Files.isRegularFile(path(area, sha256));
        }
        return inDatabase(connection -> DatabaseFileTables.contains(connection, area, sha256));
    }

    /** Removes the file; nothing happens when it is already gone. */
    public void delete(FileArea area, String sha256) {
        ContentHash.requireHex(sha256);
        if (kind == Kind.DIRECTORY) {
            try {
                Files.deleteIfExists(path(area, sha256));
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot delete the stored file " + area.relativePath(sha256), e);
            }
        } else {
            inDatabase(connection -> {
                DatabaseFileTables.delete(connection, area, sha256);
                return null;
            });
        }
    }

    /**
     * Whether a delete belongs to the caller's transaction (database) or must wait until it commits
     * (directory: a file deleted before a rollback cannot come back).
     */
    public boolean deletesWithTransaction() {
        return kind == Kind.DATABASE;
    }

    /**
     * Copies every file of the data directory's stored-file folders into the database store, each
     * checked against its name first (a damaged file is listed, not copied). Files stay in the
     * directory: remove them once a backup of the database store has been checked.
     */
    public CopyReport copyDirectoryIntoDatabase() {
        int copied = 0;
        int there = 0;
        List<String> damaged = new java.util.ArrayList<>();
        for (FileArea area : FileArea.values()) {
            Path root = directory(area);
            if (!Files.isDirectory(root)) {
                continue;
            }
            List<Path> files;
            try (Stream<Path> walk = Files.walk(root)) {
                files = walk.filter(Files::isRegularFile).sorted().toList();
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot list " + root.toAbsolutePath(), e);
            }
            for (Path file : files) {
                Optional<String> named = area.shaOfFileName(file.getFileName().toString());
                if (named.isEmpty()) {
                    continue;
                }
                String sha = named.get();
                if (!sha.equals(hashOf(file))) {
                    damaged.add(area.relativePath(sha));
                } else if (inDatabase(connection -> DatabaseFileTables.contains(connection, area, sha))) {
                    there++;
                } else {
                    inDatabase(connection -> {
                        DatabaseFileTables.insert(connection, area, sha, file);
                        return null;
                    });
                    copied++;
                }
            }
        }
        return new CopyReport(copied, there, List.copyOf(damaged));
    }

    /** For readiness: the store can be reached (directory writable, or the table readable). */
    public void check() {
        if (kind == Kind.DIRECTORY) {
            Path probe = dataDir.toAbsolutePath();
            if (!Files.isDirectory(probe) || !Files.isWritable(probe)) {
                throw new IllegalStateException("The data directory " + probe + " is missing or not writable.");
            }
        } else {
            inDatabase(connection -> {
                try (var statement = connection.createStatement()) {
                    statement
                            .executeQuery("select count(*) from stored_file where 1 = 0")
                            .close();
                }
                return null;
            });
        }
    }

    public String describe() {
        return kind == Kind.DIRECTORY ? "directory " + dataDir.toAbsolutePath() : "database file store";
    }

    private Path path(FileArea area, String sha256) {
        return dataDir.resolve(area.relativePath(sha256));
    }

    private Path spoolFile(FileArea area) throws IOException {
        if (kind == Kind.DIRECTORY) {
            // Beside the target, so the final move is a rename on the same file system.
            Files.createDirectories(directory(area));
            return Files.createTempFile(directory(area), "upload", ".partial");
        }
        return Files.createTempFile("rights-upload", ".partial");
    }

    private long copyWithinLimit(InputStream content, OutputStream out) throws IOException {
        byte[] buffer = new byte[64 * 1024];
        long size = 0;
        int n;
        while ((n = content.read(buffer)) >= 0) {
            size += n;
            if (size > maxBytes) {
                throw new ValidationException(
                        "file",
                        "The file is larger than " + (maxBytes / (1024 * 1024)) + " MB; at most "
                                + (maxBytes / (1024 * 1024)) + " MB.");
            }
            out.write(buffer, 0, n);
        }
        return size;
    }

    private static void moveInPlace(Path partial, Path target) throws IOException {
        if (Files.exists(target)) {
            return;
        }
        Files.createDirectories(target.getParent());
        try {
            Files.move(partial, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException | FileAlreadyExistsException e) {
            // Another upload of the same bytes won the race: its file is the same content.
            if (!Files.exists(target)) {
                throw e;
            }
        }
    }

    private static String hashOf(Path file) {
        MessageDigest digest = ContentHash.digest();
        try (InputStream in = Files.newInputStream(file)) {
            byte[] buffer = new byte[64 * 1024];
            int n;
            while ((n = in.read(buffer)) >= 0) {
                digest.update(buffer, 0, n);
            }
        } catch (IOException e) {
            return "unreadable";
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    private static void deleteQuietly(Path path) {
        if (path != null) {
            try {
                Files.deleteIfExists(path);
            } catch (IOException e) {
                // A leftover spool file in the temporary directory harms nothing.
            }
        }
    }

    @FunctionalInterface
    private interface SqlWork<T> {
        T run(Connection connection) throws SQLException, IOException;
    }

    // Inside a JTA transaction the pool hands out the transaction's connection and the work joins it;
    // outside one the work gets its own transaction, so a file is never left half written.
    private <T> T inDatabase(SqlWork<T> work) {
        try (Connection connection = dataSource.getConnection()) {
            boolean own = connection.getAutoCommit();
            if (own) {
                connection.setAutoCommit(false);
            }
            try {
                T result = work.run(connection);
                if (own) {
                    connection.commit();
                }
                return result;
            } catch (SQLException | IOException | RuntimeException e) {
                if (own) {
                    connection.rollback();
                }
                throw e;
            } finally {
                if (own) {
                    connection.setAutoCommit(true);
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("The database file store failed: " + e.getMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException("The database file store failed: " + e.getMessage(), e);
        }
    }
}
