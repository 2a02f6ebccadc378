package org.rightstracker.core.backup;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.hibernate.SessionFactory;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.hibernate.id.enhanced.SequenceStyleGenerator;
import org.rightstracker.core.files.ContentHash;
import org.rightstracker.core.files.DatabaseFileTables;
import org.rightstracker.core.files.FileArea;
import org.rightstracker.core.files.StoredFiles;
import org.rightstracker.core.shared.IdSequences;

/**
 * Full backup and restore: every table's rows and the stored files (issued reports and documents
 * under the data directory) in one zip archive, restorable into an empty instance of the same schema
 * version on H2 or PostgreSQL with the same ids.
 *
 * <p>Archive layout: {@code backup.json} (format, schema version, table order), one
 * {@code tables/<table>.jsonl} per table (one JSON object per row, in primary-key order), the files
 * under {@code files/<folder>/...}, and last {@code manifest.json} with the row counts.
 */
@ApplicationScoped
public class BackupService {

    /** Folders of the data directory whose files the database refers to by SHA-256. */
    static final List<String> FILE_FOLDERS =
            java.util.Arrays.stream(FileArea.values()).map(FileArea::folder).toList();

    static final ObjectMapper JSON = new ObjectMapper().disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);

    @Inject
    AgroalDataSource dataSource;

    @Inject
    BackupLoader loader;

    @Inject
    StoredFiles storedFiles;

    @Inject
    SessionFactory sessionFactory;

    /** The schema version the archive must come from: Flyway's latest applied migration. */
    public String schemaVersion() {
        try (Connection connection = dataSource.getConnection()) {
            return schemaVersion(connection);
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot read the schema version: " + e.getMessage(), e);
        }
    }

    // Read from Flyway's table rather than through Flyway, which cannot run inside a transaction.
    static String schemaVersion(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement();
                ResultSet rs = statement.executeQuery("select \"version\" from \"flyway_schema_history\""
                        + " where \"success\" = true and \"version\" is not null order by \"installed_rank\" desc")) {
            return rs.next() ? rs.getString(1) : "none";
        }
    }

    /**
     * Restores into the (empty) database behind {@code connection}, the files into {@code dataDir}; the
     * caller owns its transaction.
     */
    public static BackupManifest restore(Connection connection, InputStream in, Path dataDir) throws SQLException {
        return restore(connection, in, dataDir, StoredFiles.Kind.DIRECTORY);
    }

    /** Restores as above, the files into the given store (the database store on the same connection). */
    public static BackupManifest restore(Connection connection, InputStream in, Path dataDir, StoredFiles.Kind files)
            throws SQLException {
        return BackupLoader.load(connection, in, dataDir, schemaVersion(connection), files);
    }

    /** Rows per table, for the backup page and for checking that an instance is empty. */
    public Map<String, Long> rowCounts() {
        try (Connection connection = dataSource.getConnection()) {
            return BackupLoader.counts(connection, TableCatalog.load(connection));
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot count the rows of the database: " + e.getMessage(), e);
        }
    }

    /** Writes the whole instance to {@code out} as a zip archive, inside one transaction. */
    @Transactional
    public BackupManifest write(OutputStream out, Path dataDir) {
        try (Connection connection = dataSource.getConnection()) {
            return write(connection, out, dataDir);
        } catch (SQLException e) {
            throw new IllegalStateException("The backup could not read the database: " + e.getMessage(), e);
        }
    }

    /**
     * Writes the database behind {@code connection} — any database with our schema, H2 or PostgreSQL —
     * as a zip archive. The archive does not depend on the database it came from.
     */
    public static BackupManifest write(Connection connection, OutputStream out, Path dataDir) {
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            List<TableCatalog.Table> tables = TableCatalog.load(connection);
            String database = connection.getMetaData().getDatabaseProductName();
            ObjectNode header = JSON.createObjectNode()
                    .put("format", BackupManifest.FORMAT)
                    .put("formatVersion", BackupManifest.FORMAT_VERSION)
                    .put("schemaVersion", schemaVersion(connection))
                    .put("database", database);
            tables.forEach(t -> header.withArray("tables").add(t.name()));
            zip.putNextEntry(new ZipEntry("backup.json"));
            JSON.writerWithDefaultPrettyPrinter().writeValue(zip, header);
            zip.closeEntry();
            List<BackupManifest.TableEntry> entries = new ArrayList<>();
            for (TableCatalog.Table table : tables) {
                zip.putNextEntry(new ZipEntry("tables/" + table.name() + ".jsonl"));
                long rows = writeRows(connection, table, zip);
                zip.closeEntry();
                entries.add(new BackupManifest.TableEntry(
                        table.name(),
                        rows,
                        table.columns().stream().map(TableCatalog.Column::name).toList()));
            }
            List<String> files = writeFiles(dataDir, zip);
            files = writeDatabaseFiles(connection, zip, files);
            List<String> missing = missingFiles(connection, tables, files);
            BackupManifest manifest = new BackupManifest(
                    BackupManifest.FORMAT,
                    BackupManifest.FORMAT_VERSION,
                    Instant.now().toString(),
                    schemaVersion(connection),
                    database,
                    List.copyOf(entries),
                    files,
                    missing);
            zip.putNextEntry(new ZipEntry("manifest.json"));
            JSON.writerWithDefaultPrettyPrinter().writeValue(zip, manifest);
            zip.closeEntry();
            zip.finish();
            return manifest;
        } catch (SQLException e) {
            throw new IllegalStateException("The backup could not read the database: " + e.getMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException("The backup could not be written: " + e.getMessage(), e);
        }
    }

    /**
     * Restores an archive into this instance, which must be empty, then moves every id sequence
     * past the restored ids so new rows do not collide with them.
     *
     * @throws RestoreRefusedException when the instance holds data or the archive does not fit it;
     *     nothing is written then
     */
    public BackupManifest restore(InputStream in, Path dataDir) {
        BackupManifest manifest = loader.load(in, dataDir, schemaVersion(), storedFiles.kind());
        restartIdSequences();
        return manifest;
    }

    private static long writeRows(Connection connection, TableCatalog.Table table, OutputStream out)
            throws SQLException, IOException {
        String order = table.primaryKey().isEmpty() ? "" : " order by " + String.join(", ", table.primaryKey());
        String columns = String.join(
                ", ", table.columns().stream().map(TableCatalog.Column::name).toList());
        long rows = 0;
        try (Statement statement = connection.createStatement()) {
            statement.setFetchSize(500);
            try (ResultSet rs = statement.executeQuery("select " + columns + " from " + table.name() + order)) {
                while (rs.next()) {
                    ObjectNode row = JSON.createObjectNode();
                    for (int i = 0; i < table.columns().size(); i++) {
                        TableCatalog.Column column = table.columns().get(i);
                        row.set(column.name(), BackupValues.read(rs, i + 1, column));
                    }
                    JSON.writeValue(out, row);
                    out.write('\n');
                    rows++;
                }
            }
        }
        return rows;
    }

    private static List<String> writeFiles(Path dataDir, ZipOutputStream zip) throws IOException {
        List<String> written = new ArrayList<>();
        for (String folder : FILE_FOLDERS) {
            Path root = dataDir.resolve(folder);
            if (!Files.isDirectory(root)) {
                continue;
            }
            List<Path> files;
            try (Stream<Path> walk = Files.walk(root)) {
                files = walk.filter(Files::isRegularFile).sorted().toList();
            }
            for (Path file : files) {
                String name = folder + "/" + root.relativize(file).toString().replace('\\', '/');
                zip.putNextEntry(new ZipEntry("files/" + name));
                Files.copy(file, zip);
                zip.closeEntry();
                written.add(name);
            }
        }
        return List.copyOf(written);
    }

    // The database store's files, under the same names a directory would give them, so an archive looks
    // the same whichever store it came from; a file also present in the directory is written once.
    private static List<String> writeDatabaseFiles(Connection connection, ZipOutputStream zip, List<String> written)
            throws SQLException, IOException {
        List<String> all = new ArrayList<>(written);
        java.util.Set<String> seen = new java.util.HashSet<>(written);
        for (DatabaseFileTables.Entry entry : DatabaseFileTables.list(connection)) {
            String name = entry.area().relativePath(entry.sha256());
            if (!seen.add(name)) {
                continue;
            }
            zip.putNextEntry(new ZipEntry("files/" + name));
            try (InputStream in = ContentHash.checked(
                    DatabaseFileTables.open(
                            seq -> DatabaseFileTables.chunk(connection, entry.area(), entry.sha256(), seq)),
                    entry.sha256(),
                    name)) {
                in.transferTo(zip);
            }
            zip.closeEntry();
            all.add(name);
        }
        return List.copyOf(all);
    }

    // Rows that name a stored file by its SHA-256 but whose file is not in the data directory: the
    // archive cannot bring those back, so the manifest says which.
    private static List<String> missingFiles(Connection connection, List<TableCatalog.Table> tables, List<String> files)
            throws SQLException {
        List<String> missing = new ArrayList<>();
        for (TableCatalog.Table table : tables) {
            if (table.column("sha256") == null) {
                continue;
            }
            try (Statement statement = connection.createStatement();
                    ResultSet rs = statement.executeQuery("select distinct sha256 from " + table.name())) {
                while (rs.next()) {
                    String sha = rs.getString(1);
                    boolean present = files.stream().anyMatch(f -> f.contains(sha));
                    if (!present) {
                        missing.add(table.name() + ": " + sha);
                    }
                }
            }
        }
        return List.copyOf(missing);
    }

    // Outside the restore's transaction: H2 commits on DDL, and the rows must be in first. Then this
    // instance forgets the blocks of ids it had reserved before the restore: the restored rows may hold
    // them (they came from another instance), and Hibernate would hand them out again.
    private void restartIdSequences() {
        try (Connection connection = dataSource.getConnection()) {
            IdSequences.movePastStoredIds(connection);
        } catch (SQLException e) {
            throw new IllegalStateException(
                    "The data was restored, but the id counters could not be moved past it: " + e.getMessage(), e);
        }
        sessionFactory
                .unwrap(SessionFactoryImplementor.class)
                .getMappingMetamodel()
                .forEachEntityDescriptor(entity -> {
                    if (entity.getGenerator() instanceof SequenceStyleGenerator sequence) {
                        sequence.getOptimizer().reset();
                    }
                });
    }
}
