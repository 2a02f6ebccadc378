package org.rightstracker.core.backup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import io.agroal.api.AgroalDataSource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rightstracker.core.demo.DemoData;
import org.rightstracker.core.document.Document;
import org.rightstracker.core.document.DocumentKind;
import org.rightstracker.core.party.PartyInput;
import org.rightstracker.core.party.PartyKind;
import org.rightstracker.core.party.PartyRole;
import org.rightstracker.core.party.PartyService;
import org.rightstracker.core.production.Production;

/**
 * Backup, wipe, restore, compare every table's rows. Runs on whatever database the suite runs on (H2 by
 * default, PostgreSQL under scripts/with-postgres). Restoring needs an empty instance, so this test
 * owns the database while it runs and empties it first: other test classes create their own data.
 */
@QuarkusTest
class BackupRoundTripTest {

    @Inject
    BackupService backups;

    @Inject
    DemoData demo;

    @Inject
    org.rightstracker.core.importing.cwr.CwrImport cwr;

    @Inject
    PartyService parties;

    @Inject
    AgroalDataSource dataSource;

    @Inject
    org.rightstracker.core.document.DocumentStore documentStore;

    @TempDir
    Path dataDir;

    @Test
    void aBackupRestoredIntoAnEmptyInstanceGivesIdenticalDataAndRefusesAFullOne() throws Exception {
        wipe();
        demo.load();
        // A registration's own fields and tables (V15) travel with the backup too.
        try (var file = getClass().getResourceAsStream("/importing/cwr/registration-fields.V21")) {
            cwr.commit("registration-fields.V21", new String(file.readAllBytes(), StandardCharsets.ISO_8859_1));
        }
        byte[] letter = "signed licence".getBytes(StandardCharsets.UTF_8);
        String sha = attach(letter);
        Files.createDirectories(dataDir.resolve("documents"));
        Files.write(dataDir.resolve("documents").resolve(sha), letter);
        // The demo attaches score deliverables: their files travel with the backup too.
        List<String> files = documentFilesIntoDataDir();
        Map<String, List<JsonNode>> before = snapshot();
        assertThat(before.get("party")).isNotEmpty();
        assertThat(before.get("document")).hasSize(files.size());
        assertThat(files).contains(sha).hasSizeGreaterThan(1);
        // The demo's steps and follow-ups: the licence timeline travels with the backup.
        assertThat(before.get("licence_event")).isNotEmpty();
        assertThat(before.get("work_right_ownership")).hasSize(2);
        assertThat(before.get("work_collection_territory")).hasSize(3);
        assertThat(before.get("work_title_detail")).hasSize(1);

        ByteArrayOutputStream archive = new ByteArrayOutputStream();
        BackupManifest manifest = backups.write(archive, dataDir);

        assertThat(manifest.schemaVersion()).isEqualTo(backups.schemaVersion());
        assertThat(manifest.files())
                .containsExactlyInAnyOrderElementsOf(
                        files.stream().map(f -> "documents/" + f).toList());
        assertThat(manifest.missingFiles()).isEmpty();
        for (BackupManifest.TableEntry table : manifest.tables()) {
            assertThat(table.rows())
                    .as(table.name())
                    .isEqualTo(before.get(table.name()).size());
        }

        assertThatThrownBy(() -> backups.restore(new ByteArrayInputStream(archive.toByteArray()), dataDir))
                .isInstanceOf(RestoreRefusedException.class)
                .hasMessageContaining("already holds data")
                .hasMessageContaining("party (");
        assertThat(snapshot()).isEqualTo(before);

        wipe();
        Path restoredDir = dataDir.resolve("elsewhere");
        BackupManifest restored = backups.restore(new ByteArrayInputStream(archive.toByteArray()), restoredDir);

        assertThat(restored.totalRows()).isEqualTo(manifest.totalRows());
        assertThat(snapshot()).isEqualTo(before);
        assertThat(Files.readAllBytes(restoredDir.resolve("documents").resolve(sha)))
                .isEqualTo(letter);
        long highest = before.get("party").stream()
                .mapToLong(r -> r.get("id").asLong())
                .max()
                .orElseThrow();
        long next = parties.create(PartyInput.named("After restore", PartyKind.PERSON, Set.of(PartyRole.COMPOSER))).id;
        assertThat(next).isGreaterThan(highest);
    }

    /**
     * Ids come from sequences in reserved blocks (V19): an archive from another instance may hold ids this
     * instance had reserved before the restore. After the restore new rows take ids past everything
     * restored, not the next id of a block reserved before it.
     */
    @Test
    void afterARestoreNewRowsTakeIdsPastTheRestoredOnesEvenThoseThisInstanceHadReserved() throws Exception {
        wipe();
        long reserved =
                parties.create(PartyInput.named("Reserves a block", PartyKind.PERSON, Set.of(PartyRole.COMPOSER))).id;
        wipe();

        String url = "jdbc:h2:mem:other-instance-" + System.nanoTime() + ";DB_CLOSE_DELAY=-1";
        Flyway.configure()
                .dataSource(url, "sa", "")
                .locations("classpath:db/migration")
                .load()
                .migrate();
        ByteArrayOutputStream archive = new ByteArrayOutputStream();
        try (Connection other = DriverManager.getConnection(url, "sa", "");
                Statement statement = other.createStatement()) {
            for (long id = reserved + 1; id <= reserved + 3; id++) {
                statement.executeUpdate("insert into party (id, name, name_key, kind, roles, created_at, updated_at,"
                        + " version) values (" + id + ", 'Other instance " + id + "', 'other instance " + id
                        + "', 'PERSON', 'COMPOSER', current_timestamp, current_timestamp, 0)");
            }
            BackupService.write(other, archive, dataDir.resolve("other"));
        }

        backups.restore(new ByteArrayInputStream(archive.toByteArray()), dataDir.resolve("restored-other"));

        long next = parties.create(PartyInput.named("After restore", PartyKind.PERSON, Set.of(PartyRole.COMPOSER))).id;
        assertThat(next).isGreaterThan(reserved + 3);
    }

    /**
     * The way from the embedded database to PostgreSQL: a separate H2 database with the same
     * migrations writes the archive, and this instance (H2, or PostgreSQL under scripts/with-postgres)
     * restores it to exactly the rows it started from.
     */
    @Test
    void anArchiveWrittenByAnEmbeddedH2DatabaseRestoresIntoThisInstance() throws Exception {
        wipe();
        demo.load();
        Map<String, List<JsonNode>> before = snapshot();
        ByteArrayOutputStream fromHere = new ByteArrayOutputStream();
        backups.write(fromHere, dataDir);

        String url = "jdbc:h2:mem:h2-source-" + System.nanoTime() + ";DB_CLOSE_DELAY=-1";
        Flyway.configure()
                .dataSource(url, "sa", "")
                .locations("classpath:db/migration")
                .load()
                .migrate();
        ByteArrayOutputStream fromH2 = new ByteArrayOutputStream();
        try (Connection h2 = DriverManager.getConnection(url, "sa", "")) {
            h2.setAutoCommit(false);
            BackupService.restore(h2, new ByteArrayInputStream(fromHere.toByteArray()), dataDir.resolve("h2"));
            h2.commit();
            BackupManifest written = BackupService.write(h2, fromH2, dataDir.resolve("h2"));
            assertThat(written.database()).isEqualTo("H2");
            assertThat(written.totalRows())
                    .isEqualTo(before.values().stream().mapToLong(List::size).sum());
        }

        wipe();
        backups.restore(new ByteArrayInputStream(fromH2.toByteArray()), dataDir.resolve("restored"));
        assertThat(snapshot()).isEqualTo(before);
    }

    @Test
    void anArchiveThatIsNotABackupIsRefused() throws IOException, SQLException {
        wipe();
        ByteArrayOutputStream zip = new ByteArrayOutputStream();
        try (var out = new java.util.zip.ZipOutputStream(zip)) {
            out.putNextEntry(new java.util.zip.ZipEntry("hello.txt"));
            out.write("hi".getBytes(StandardCharsets.UTF_8));
        }

        assertThatThrownBy(() -> backups.restore(new ByteArrayInputStream(zip.toByteArray()), dataDir))
                .isInstanceOf(RestoreRefusedException.class)
                .hasMessageContaining("not a Rights Tracker backup");
        assertThatThrownBy(() -> backups.restore(new ByteArrayInputStream(new byte[] {1, 2, 3}), dataDir))
                .isInstanceOf(RestoreRefusedException.class);
    }

    /** Every document's file, as the data directory would hold it; returns their names (SHA-256). */
    private List<String> documentFilesIntoDataDir() throws java.io.IOException {
        List<Document> documents = QuarkusTransaction.requiringNew().call(() -> Document.<Document>listAll());
        for (Document document : documents) {
            Path file = dataDir.resolve("documents").resolve(document.sha256);
            if (!Files.exists(file)) {
                try (java.io.InputStream in =
                        documentStore.open(document.sha256).orElseThrow()) {
                    Files.write(file, in.readAllBytes());
                }
            }
        }
        return documents.stream().map(d -> d.sha256).toList();
    }

    private String attach(byte[] bytes) {
        String sha = org.rightstracker.core.signoff.IssuedFileStore.sha256(bytes);
        QuarkusTransaction.requiringNew().run(() -> {
            Document document = new Document();
            document.production = Production.<Production>findAll().firstResult();
            document.kind = DocumentKind.values()[0];
            document.fileName = "licence.txt";
            document.contentType = "text/plain";
            document.sizeBytes = bytes.length;
            document.sha256 = sha;
            document.persist();
        });
        return sha;
    }

    /** Every row of every table, in primary-key order, as the archive writes values. */
    private Map<String, List<JsonNode>> snapshot() throws SQLException {
        Map<String, List<JsonNode>> rows = new LinkedHashMap<>();
        try (Connection connection = dataSource.getConnection()) {
            for (TableCatalog.Table table : TableCatalog.load(connection)) {
                List<JsonNode> tableRows = new ArrayList<>();
                String order = table.primaryKey().isEmpty() ? "" : " order by " + String.join(", ", table.primaryKey());
                try (Statement statement = connection.createStatement();
                        ResultSet rs = statement.executeQuery("select * from " + table.name() + order)) {
                    while (rs.next()) {
                        var row = BackupService.JSON.createObjectNode();
                        for (TableCatalog.Column column : table.columns()) {
                            int index = rs.findColumn(column.name());
                            row.set(column.name(), BackupValues.read(rs, index, column));
                        }
                        tableRows.add(row);
                    }
                }
                rows.put(table.name(), tableRows);
            }
        }
        return rows;
    }

    /** Deletes every row, children first. */
    private void wipe() throws SQLException {
        QuarkusTransaction.requiringNew().run(() -> {
            try (Connection connection = dataSource.getConnection()) {
                List<TableCatalog.Table> tables = new ArrayList<>(TableCatalog.load(connection));
                java.util.Collections.reverse(tables);
                for (TableCatalog.Table table : tables) {
                    try (Statement statement = connection.createStatement()) {
                        statement.executeUpdate("delete from " + table.name());
                    }
                }
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        });
    }
}
