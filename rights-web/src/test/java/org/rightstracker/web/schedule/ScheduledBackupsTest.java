package org.rightstracker.web.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.flywaydb.core.Flyway;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.rightstracker.core.backup.BackupManifest;
import org.rightstracker.core.backup.BackupService;
import org.rightstracker.core.document.Document;
import org.rightstracker.core.document.DocumentKind;
import org.rightstracker.core.document.DocumentService;
import org.rightstracker.core.files.ContentHash;
import org.rightstracker.web.page.PageWorld;
import org.rightstracker.web.security.Role;

/**
 * The scheduled backup (keep = 3 in tests): once per tick through the ledger, the newest archives kept,
 * the outcome on the backup page, and a restore drill of the newest archive into an empty database.
 */
@QuarkusTest
class ScheduledBackupsTest {

    @Inject
    ScheduledBackups scheduled;

    @Inject
    BackupService backups;

    @Inject
    DocumentService documents;

    @Inject
    PageWorld world;

    @ConfigProperty(name = "rights.backup.directory")
    Path directory;

    /** Ticks far in the past, so no other test's ledger rows share them. */
    private static Instant tick(int minutes) {
        return Instant.parse("2001-01-01T02:00:00Z")
                .plus(minutes + (long) (Math.random() * 1_000_000), ChronoUnit.MINUTES);
    }

    @BeforeEach
    void emptyDirectory() throws IOException {
        if (Files.isDirectory(directory)) {
            try (Stream<Path> files = Files.walk(directory)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    @Test
    void aTickWritesOneArchiveOnceAndOnlyTheNewestThreeAreKept() {
        Instant first = tick(0);

        assertThat(scheduled.runFor(first)).isTrue();
        assertThat(scheduled.runFor(first))
                .as("the same tick again, as a second instance would")
                .isFalse();
        assertThat(scheduled.archives()).hasSize(1);

        for (int i = 1; i <= 4; i++) {
            assertThat(scheduled.runFor(first.plus(i, ChronoUnit.MINUTES))).isTrue();
        }

        List<ScheduledBackups.Archive> kept = scheduled.archives();
        assertThat(kept).hasSize(3);
        assertThat(kept.get(0).name()).contains(stamp(first.plus(4, ChronoUnit.MINUTES)));
        assertThat(kept.get(2).name()).contains(stamp(first.plus(2, ChronoUnit.MINUTES)));
        assertThat(kept).allSatisfy(a -> assertThat(a.sizeBytes()).isPositive());
    }

    @Test
    void theBackupPageShowsTheLastScheduledRunAndTheArchives() {
        Instant at = tick(10);
        assertThat(scheduled.runFor(at)).isTrue();

        var page = Jsoup.parse(world.visitor(Role.ADMIN).get("/backup").asString());

        assertThat(page.text()).contains("Last scheduled backup").contains("Wrote rights-tracker-backup-" + stamp(at));
        assertThat(page.select("table.list caption").eachText())
                .contains("Archives in the backup directory of this instance, newest first");
        assertThat(page.text()).contains("rights-tracker-backup-" + stamp(at) + ".zip");
    }

    @Test
    void aBackupThatCannotBeWrittenCountsAsAFailureAndShowsOnTheBackupPage() throws IOException {
        // A plain file where the directory should be: the archive cannot be written.
        Files.createDirectories(directory.getParent());
        Files.writeString(directory, "not a directory");
        try {
            double failedBefore = failedRuns("backup");

            assertThat(scheduled.runFor(tick(30))).isFalse();

            var page = Jsoup.parse(world.visitor(Role.ADMIN).get("/backup").asString());
            assertThat(page.select("[role=alert]").text())
                    .contains("The last scheduled backup on this instance failed");
            assertThat(failedRuns("backup")).isEqualTo(failedBefore + 1);
            assertThat(scheduled.archives()).isEmpty();
        } finally {
            Files.deleteIfExists(directory);
        }
    }

    private double failedRuns(String job) {
        String metrics = io.restassured.RestAssured.given()
                .header("Authorization", "Bearer test-scraper-token-0123456789")
                .get("/q/metrics")
                .asString();
        java.util.regex.Matcher m = java.util.regex.Pattern.compile(
                        "(?m)^rights_jobs_runs_total\\{job=\"" + job + "\",outcome=\"failed\"\\} (\\S+)$")
                .matcher(metrics);
        return m.find() ? Double.parseDouble(m.group(1)) : 0;
    }

    @Test
    void theLatestArchiveRestoresIntoAnEmptyDatabaseWithTheSameRowCountsAndFileHashes() throws Exception {
        PageWorld.Song song = world.song();
        byte[] licence = ("signed licence " + System.nanoTime()).getBytes(StandardCharsets.UTF_8);
        Document attached = documents.upload(new DocumentService.Upload(
                song.cue(),
                null,
                DocumentKind.values()[0],
                "licence.txt",
                "text/plain",
                null,
                new ByteArrayInputStream(licence)));
        assertThat(scheduled.runFor(tick(20))).isTrue();
        Map<String, Long> counts = new HashMap<>(backups.rowCounts());
        // The run's own ledger row is written after the archive, in the same transaction.
        counts.merge("job_run", -1L, Long::sum);
        Path latest = scheduled.latest().orElseThrow();

        String url = "jdbc:h2:mem:drill-" + System.nanoTime() + ";DB_CLOSE_DELAY=-1";
        Flyway.configure()
                .dataSource(url, "sa", "")
                .locations("classpath:db/migration")
                .load()
                .migrate();
        Path restoredFiles = Files.createTempDirectory("restore-drill");
        try (Connection empty = DriverManager.getConnection(url, "sa", "");
                InputStream in = Files.newInputStream(latest)) {
            empty.setAutoCommit(false);
            BackupManifest manifest = BackupService.restore(empty, in, restoredFiles);
            empty.commit();

            assertThat(manifest.missingFiles()).isEmpty();
            Map<String, Long> restored = new HashMap<>();
            for (String table : counts.keySet()) {
                restored.put(table, count(empty, table));
            }
            assertThat(restored).isEqualTo(counts);
            assertThat(count(empty, "document where sha256 = '" + attached.sha256 + "'"))
                    .isEqualTo(1);
        }
        Map<String, String> hashes = new HashMap<>();
        try (Stream<Path> files = Files.walk(restoredFiles)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                String name = file.getFileName().toString().replace(".pdf", "");
                hashes.put(name, ContentHash.of(Files.readAllBytes(file)));
            }
        }
        assertThat(hashes).containsEntry(attached.sha256, attached.sha256);
        assertThat(hashes).allSatisfy((name, hash) -> assertThat(hash).as(name).isEqualTo(name));
    }

    private static long count(Connection connection, String tableAndCondition) throws SQLException {
        try (Statement statement = connection.createStatement();
                ResultSet rs = statement.executeQuery("select count(*) from " + tableAndCondition)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static String stamp(Instant tick) {
        return java.time.format.DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss")
                .format(tick.atOffset(java.time.ZoneOffset.UTC));
    }
}
