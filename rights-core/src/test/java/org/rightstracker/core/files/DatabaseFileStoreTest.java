package org.rightstracker.core.files;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.agroal.api.AgroalDataSource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Map;
import java.util.Random;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.rightstracker.core.backup.BackupManifest;
import org.rightstracker.core.backup.BackupService;
import org.rightstracker.core.shared.ValidationException;
import org.rightstracker.core.signoff.IssuedFileStore;

/** The database file store: files in chunks, checked on read, limited, carried by backups. */
@QuarkusTest
@TestProfile(DatabaseFileStoreTest.InTheDatabase.class)
class DatabaseFileStoreTest {

    /** The database store with a 1 MB limit, so the limit is cheap to reach. */
    public static class InTheDatabase implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of(
                    "rights.file-store", "database",
                    "rights.file-store.max-size-mb", "1",
                    "rights.data-dir", "target/test-data-database-store");
        }
    }

    @Inject
    StoredFiles files;

    @Inject
    IssuedFileStore issued;

    @Inject
    BackupService backups;

    @Inject
    AgroalDataSource dataSource;

    @BeforeEach
    void emptyStore() {
        QuarkusTransaction.requiringNew().run(() -> {
            try (Connection connection = dataSource.getConnection();
                    Statement statement = connection.createStatement()) {
                statement.executeUpdate("delete from stored_file_chunk");
                statement.executeUpdate("delete from stored_file");
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        });
    }

    @Test
    void aFileOfSeveralChunksComesBackByteForByteAndIsStoredOnce() throws Exception {
        byte[] content = randomBytes(700 * 1024, 1);

        StoredFiles.Stored stored = files.store(FileArea.DOCUMENTS, new ByteArrayInputStream(content));
        files.store(FileArea.DOCUMENTS, new ByteArrayInputStream(content));

        assertThat(stored.sha256()).isEqualTo(ContentHash.of(content));
        assertThat(stored.sizeBytes()).isEqualTo(content.length);
        assertThat(count("select count(*) from stored_file")).isEqualTo(1);
        assertThat(count("select count(*) from stored_file_chunk")).isEqualTo(3);
        try (InputStream in = files.open(FileArea.DOCUMENTS, stored.sha256()).orElseThrow()) {
            assertThat(in.readAllBytes()).isEqualTo(content);
        }
        assertThat(files.directory(FileArea.DOCUMENTS)).doesNotExist();
    }

    @Test
    void aChunkAlteredInTheDatabaseFailsTheReadInsteadOfServingOtherBytes() throws Exception {
        byte[] pdf = randomBytes(10_000, 2);
        String sha = issued.store(pdf);
        try (Connection connection = dataSource.getConnection();
                PreparedStatement ps = connection.prepareStatement("update stored_file_chunk set bytes = ?")) {
            byte[] altered = pdf.clone();
            altered[5000] ^= 1;
            ps.setBytes(1, altered);
            ps.executeUpdate();
        }

        assertThatThrownBy(() -> issued.read(sha))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("was altered");
    }

    @Test
    void aFileOverTheLimitIsRefusedNamingTheFieldAndLeavesNothingStored() throws Exception {
        byte[] tooLarge = randomBytes(1024 * 1024 + 1, 3);

        assertThatThrownBy(() -> files.store(FileArea.DOCUMENTS, new ByteArrayInputStream(tooLarge)))
                .isInstanceOfSatisfying(
                        ValidationException.class,
                        e -> assertThat(e.getMessage()).contains("at most 1 MB"))
                .satisfies(e -> assertThat(
                                ((ValidationException) e).errors().get(0).field())
                        .isEqualTo("file"));
        assertThat(count("select count(*) from stored_file")).isZero();
        assertThat(count("select count(*) from stored_file_chunk")).isZero();
    }

    @Test
    void copyingTheDataDirectoryBringsEveryIntactFileIntoTheDatabaseAndListsDamagedOnes() throws Exception {
        byte[] intact = randomBytes(300 * 1024, 4);
        String intactSha = ContentHash.of(intact);
        byte[] damaged = randomBytes(1000, 5);
        String claimed = ContentHash.of(randomBytes(1000, 6));
        Path documents = files.directory(FileArea.DOCUMENTS);
        Files.createDirectories(documents.resolve(intactSha.substring(0, 2)));
        Files.write(documents.resolve(intactSha.substring(0, 2)).resolve(intactSha), intact);
        Files.createDirectories(documents.resolve(claimed.substring(0, 2)));
        Files.write(documents.resolve(claimed.substring(0, 2)).resolve(claimed), damaged);
        try {
            StoredFiles.CopyReport first = files.copyDirectoryIntoDatabase();
            StoredFiles.CopyReport again = files.copyDirectoryIntoDatabase();

            assertThat(first.copied()).isEqualTo(1);
            assertThat(first.damaged()).containsExactly(FileArea.DOCUMENTS.relativePath(claimed));
            assertThat(again.copied()).isZero();
            assertThat(again.alreadyThere()).isEqualTo(1);
            assertThat(files.readAll(FileArea.DOCUMENTS, intactSha)).isEqualTo(intact);
            assertThat(files.contains(FileArea.DOCUMENTS, claimed)).isFalse();
        } finally {
            try (var walk = Files.walk(documents)) {
                walk.sorted(java.util.Comparator.reverseOrder())
                        .forEach(p -> p.toFile().delete());
            }
        }
    }

    /**
     * Restore drill for the database store: the archive carries the files as files, and restoring it
     * into an empty database (its own store in that database) gives the same rows and the same hashes.
     */
    @Test
    void anArchiveOfTheDatabaseStoreRestoresIntoAnEmptyDatabaseWithTheSameFiles() throws Exception {
        byte[] document = randomBytes(600 * 1024, 7);
        byte[] pdf = randomBytes(20_000, 8);
        String documentSha = files.store(FileArea.DOCUMENTS, new ByteArrayInputStream(document))
                .sha256();
        String pdfSha = issued.store(pdf);
        ByteArrayOutputStream archive = new ByteArrayOutputStream();
        BackupManifest written =
                backups.write(archive, files.directory(FileArea.DOCUMENTS).getParent());

        assertThat(written.files())
                .containsExactlyInAnyOrder(
                        FileArea.DOCUMENTS.relativePath(documentSha), FileArea.ISSUED.relativePath(pdfSha));

        String url = "jdbc:h2:mem:restore-drill-" + System.nanoTime() + ";DB_CLOSE_DELAY=-1";
        Flyway.configure()
                .dataSource(url, "sa", "")
                .locations("classpath:db/migration")
                .load()
                .migrate();
        try (Connection empty = DriverManager.getConnection(url, "sa", "")) {
            empty.setAutoCommit(false);
            BackupManifest restored = BackupService.restore(
                    empty,
                    new ByteArrayInputStream(archive.toByteArray()),
                    Path.of("target/unused"),
                    StoredFiles.Kind.DATABASE);
            empty.commit();

            assertThat(restored.totalRows()).isEqualTo(written.totalRows());
            Map<String, String> hashes = new HashMap<>();
            for (DatabaseFileTables.Entry entry : DatabaseFileTables.list(empty)) {
                try (InputStream in = DatabaseFileTables.open(
                        seq -> DatabaseFileTables.chunk(empty, entry.area(), entry.sha256(), seq))) {
                    hashes.put(entry.area().relativePath(entry.sha256()), ContentHash.of(in.readAllBytes()));
                }
            }
            assertThat(hashes)
                    .containsExactlyInAnyOrderEntriesOf(Map.of(
                            FileArea.DOCUMENTS.relativePath(documentSha), documentSha,
                            FileArea.ISSUED.relativePath(pdfSha), pdfSha));
        }
    }

    private long count(String sql) throws SQLException {
        try (Connection connection = dataSource.getConnection();
                Statement statement = connection.createStatement();
                ResultSet rs = statement.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static byte[] randomBytes(int length, long seed) {
        byte[] bytes = new byte[length];
        new Random(seed).nextBytes(bytes);
        return bytes;
    }
}
