package org.rightstracker.core.backup;

import com.fasterxml.jackson.databind.JsonNode;
import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.rightstracker.core.files.ContentHash;
import org.rightstracker.core.files.DatabaseFileTables;
import org.rightstracker.core.files.FileArea;
import org.rightstracker.core.files.StoredFiles;

/**
 * Reads an archive into the database in one transaction: refuses unless the instance is empty and the
 * archive comes from the same schema version, inserts every table's rows with their ids, and checks
 * the counts against the manifest before committing.
 */
@ApplicationScoped
public class BackupLoader {

    private static final int BATCH = 500;

    @Inject
    AgroalDataSource dataSource;

    @Transactional
    BackupManifest load(InputStream in, Path dataDir, String schemaVersion, StoredFiles.Kind files) {
        try (Connection connection = dataSource.getConnection()) {
            return load(connection, in, dataDir, schemaVersion, files);
        } catch (SQLException e) {
            throw new IllegalStateException("The restore failed and was rolled back: " + e.getMessage(), e);
        }
    }

    /** Restores into the database behind {@code connection}; the caller owns its transaction. */
    static BackupManifest load(
            Connection connection, InputStream in, Path dataDir, String schemaVersion, StoredFiles.Kind files) {
        Map<String, Long> inserted = new LinkedHashMap<>();
        BackupManifest manifest = null;
        boolean headerRead = false;
        try (ZipInputStream zip = new ZipInputStream(in, StandardCharsets.UTF_8)) {
            Map<String, TableCatalog.Table> tables = TableCatalog.load(connection).stream()
                    .collect(Collectors.toMap(TableCatalog.Table::name, t -> t, (a, b) -> a, LinkedHashMap::new));
            ZipEntry entry;
            while ((entry = zip.getNextEntry()) != null) {
                String name = entry.getName();
                if (!headerRead) {
                    if (!name.equals("backup.json")) {
                        throw new RestoreRefusedException(
                                "This is not a Rights Tracker backup: it does not start with backup.json.");
                    }
                    checkHeader(BackupService.JSON.readTree(zip.readAllBytes()), schemaVersion);
                    requireEmpty(connection, List.copyOf(tables.values()));
                    replaceFirstStartAccounts(connection);
                    headerRead = true;
                } else if (name.startsWith("tables/") && name.endsWith(".jsonl")) {
                    String table = name.substring("tables/".length(), name.length() - ".jsonl".length());
                    TableCatalog.Table target = tables.get(table);
                    if (target == null) {
                        throw new RestoreRefusedException(
                                "The backup holds a table \"" + table + "\" this instance does not have.");
                    }
                    inserted.put(table, insert(connection, target, zip));
                } else if (name.startsWith("files/") && !entry.isDirectory()) {
                    if (files == StoredFiles.Kind.DATABASE) {
                        restoreFileIntoDatabase(connection, name.substring("files/".length()), zip);
                    } else {
                        restoreFile(dataDir, name.substring("files/".length()), zip);
                    }
                } else if (name.equals("manifest.json")) {
                    manifest = BackupService.JSON.readValue(zip.readAllBytes(), BackupManifest.class);
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("The restore failed and was rolled back: " + e.getMessage(), e);
        } catch (IOException e) {
            throw new RestoreRefusedException("The archive cannot be read: " + e.getMessage());
        }
        if (!headerRead) {
            throw new RestoreRefusedException("The file is empty or not a zip archive.");
        }
        if (manifest == null) {
            throw new RestoreRefusedException(
                    "The archive has no manifest.json: it is incomplete. Nothing was restored.");
        }
        for (BackupManifest.TableEntry table : manifest.tables()) {
            long rows = inserted.getOrDefault(table.name(), 0L);
            if (rows != table.rows()) {
                throw new RestoreRefusedException(
                        "The archive's " + table.name() + " file holds " + rows + " rows but its manifest counts "
                                + table.rows() + ": the archive is damaged. Nothing was restored.");
            }
        }
        return manifest;
    }

    static Map<String, Long> counts(Connection connection, List<TableCatalog.Table> tables) throws SQLException {
        Map<String, Long> counts = new LinkedHashMap<>();
        for (TableCatalog.Table table : tables) {
            try (Statement statement = connection.createStatement();
                    ResultSet rs = statement.executeQuery("select count(*) from " + table.name())) {
                rs.next();
                counts.put(table.name(), rs.getLong(1));
            }
        }
        return counts;
    }

    private static void checkHeader(JsonNode header, String schemaVersion) {
        if (!BackupManifest.FORMAT.equals(header.path("format").asText())) {
            throw new RestoreRefusedException("This is not a Rights Tracker backup.");
        }
        if (header.path("formatVersion").asInt() != BackupManifest.FORMAT_VERSION) {
            throw new RestoreRefusedException("The backup uses format version "
                    + header.path("formatVersion").asInt() + "; this instance reads version "
                    + BackupManifest.FORMAT_VERSION + ".");
        }
        String archived = header.path("schemaVersion").asText();
        if (!archived.equals(schemaVersion)) {
            throw new RestoreRefusedException("The backup was made at schema version " + archived
                    + " and this instance is at version " + schemaVersion
                    + ". Restore it into an instance of the same release.");
        }
    }

    /**
     * Tables a brand-new instance fills by itself: the first start creates an administrator, and V14 seeds
     * the default mechanical rates. They do not make an instance "not empty"; the backup's own rows replace
     * them.
     */
    static final Set<String> FIRST_START_TABLES = Set.of("app_user", "mechanical_rate");

    private static void replaceFirstStartAccounts(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            for (String table : FIRST_START_TABLES) {
                statement.executeUpdate("delete from " + table);
            }
        }
    }

    private static void requireEmpty(Connection connection, List<TableCatalog.Table> tables) throws SQLException {
        Map<String, Long> filled = new HashMap<>();
        counts(connection, tables).forEach((table, rows) -> {
            if (rows > 0 && !FIRST_START_TABLES.contains(table)) {
                filled.put(table, rows);
            }
        });
        if (!filled.isEmpty()) {
            String which = filled.entrySet().stream()
                    .sorted(Map.Entry.comparingByKey())
                    .map(e -> e.getKey() + " (" + e.getValue() + " rows)")
                    .collect(Collectors.joining(", "));
            throw new RestoreRefusedException("This instance already holds data: " + which
                    + ". A backup is restored only into an empty instance, so nothing is overwritten: start a new"
                    + " instance on an empty database with RIGHTS_DEMO_DATA=false and restore there.");
        }
    }

    private static long insert(Connection connection, TableCatalog.Table table, InputStream in)
            throws SQLException, IOException {
        BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        String columns = String.join(
                ", ", table.columns().stream().map(TableCatalog.Column::name).toList());
        String marks = String.join(", ", table.columns().stream().map(c -> "?").toList());
        long rows = 0;
        try (PreparedStatement ps = connection.prepareStatement(
                "insert into " + table.name() + " (" + columns + ") values (" + marks + ")")) {
            String line;
            while ((line = reader.readLine()) != null) {
                if (line.isBlank()) {
                    continue;
                }
                JsonNode row = BackupService.JSON.readTree(line);
                for (int i = 0; i < table.columns().size(); i++) {
                    TableCatalog.Column column = table.columns().get(i);
                    BackupValues.write(ps, i + 1, column, row.get(column.name()));
                }
                ps.addBatch();
                if (++rows % BATCH == 0) {
                    ps.executeBatch();
                }
            }
            ps.executeBatch();
        }
        return rows;
    }

    // Into the database store, in the restore's transaction; the bytes must match their name, since the
    // database store only ever holds checked content.
    private static void restoreFileIntoDatabase(Connection connection, String relative, InputStream in)
            throws IOException, SQLException {
        String folder = relative.contains("/") ? relative.substring(0, relative.indexOf('/')) : "";
        FileArea area = FileArea.ofFolder(folder)
                .orElseThrow(() -> new RestoreRefusedException(
                        "The archive holds a file outside the stored-file folders: " + relative));
        String sha = area.shaOfFileName(relative.substring(relative.lastIndexOf('/') + 1))
                .orElseThrow(() ->
                        new RestoreRefusedException("The archive holds a file not named by its SHA-256: " + relative));
        Path spool = Files.createTempFile("rights-restore", ".partial");
        try {
            MessageDigest digest = ContentHash.digest();
            try (OutputStream out = new DigestOutputStream(Files.newOutputStream(spool), digest)) {
                in.transferTo(out);
            }
            if (!HexFormat.of().formatHex(digest.digest()).equals(sha)) {
                throw new RestoreRefusedException("The archive's file " + relative
                        + " does not match its SHA-256: the archive is damaged. Nothing was restored.");
            }
            DatabaseFileTables.insert(connection, area, sha, spool);
        } finally {
            Files.deleteIfExists(spool);
        }
    }

    // Stored files are named by their content; one already present is the same file.
    private static void restoreFile(Path dataDir, String relative, InputStream in) throws IOException {
        String folder = relative.contains("/") ? relative.substring(0, relative.indexOf('/')) : "";
        Path root = dataDir.resolve(folder).normalize();
        Path target = dataDir.resolve(relative).normalize();
        if (!BackupService.FILE_FOLDERS.contains(folder) || !target.startsWith(root)) {
            throw new RestoreRefusedException("The archive holds a file outside the stored-file folders: " + relative);
        }
        Files.createDirectories(target.getParent());
        if (!Files.exists(target)) {
            Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
