package org.rightstracker.web.schedule;

import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduled;
import io.quarkus.scheduler.ScheduledExecution;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.rightstracker.core.backup.BackupManifest;
import org.rightstracker.core.backup.BackupService;
import org.rightstracker.web.metrics.OperationsMeters;

/**
 * The scheduled backup: on its cron ({@code rights.backup.schedule}, off by default) it writes the same
 * archive as the backup page's download into {@code rights.backup.directory} and keeps the newest
 * {@code rights.backup.keep} archives there. Each tick runs once across instances through the job
 * ledger ({@link JobRunner}); the outcome goes to the ledger, the metrics and the backup page.
 */
@ApplicationScoped
public class ScheduledBackups {

    static final String JOB = "backup";

    private static final String PREFIX = "rights-tracker-backup-";
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");

    /** An archive in the backup directory, as the backup page lists it. */
    public record Archive(String name, long sizeBytes) {}

    /** The last tick of the job in the ledger (any instance). */
    public record LastRun(OffsetDateTime tick, String instance, String outcome) {}

    /** A failure on this instance, which leaves no ledger row (the run's transaction rolled back). */
    public record Failure(Instant at, String reason) {}

    /** What the backup page shows about the schedule. */
    public record Status(
            String schedule,
            String directory,
            int keep,
            Optional<LastRun> lastRun,
            Optional<Failure> lastFailure,
            List<Archive> archives) {

        public boolean scheduled() {
            return !"off".equalsIgnoreCase(schedule.strip());
        }
    }

    @Inject
    ScheduledWork work;

    @Inject
    BackupService backups;

    @Inject
    OperationsMeters meters;

    @Inject
    EntityManager entityManager;

    @ConfigProperty(name = "rights.backup.schedule", defaultValue = "off")
    String schedule;

    @ConfigProperty(name = "rights.backup.directory")
    Path directory;

    @ConfigProperty(name = "rights.backup.keep", defaultValue = "7")
    int keep;

    @ConfigProperty(name = "rights.data-dir", defaultValue = "./data")
    String dataDir;

    private volatile Failure lastFailure;

    void registerMeters(@Observes StartupEvent start) {
        if (keep < 1) {
            throw new IllegalStateException("rights.backup.keep is " + keep + "; keep at least 1 archive.");
        }
        meters.jobKnown(JOB);
        meters.backupKnown();
    }

    @Scheduled(
            identity = JOB,
            cron = "{rights.backup.schedule}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void tick(ScheduledExecution execution) {
        runFor(execution.getScheduledFireTime());
    }

    /** The backup of one tick; false when another instance had the tick or the backup failed. */
    public boolean runFor(Instant fireTime) {
        Instant tick = fireTime.truncatedTo(ChronoUnit.SECONDS);
        return work.run(JOB, tick, () -> write(tick));
    }

    private String write(Instant tick) {
        String name = PREFIX + STAMP.format(tick.atOffset(ZoneOffset.UTC)) + ".zip";
        Path target = directory.resolve(name);
        Path partial = directory.resolve(name + ".partial");
        try {
            Files.createDirectories(directory);
            BackupManifest manifest;
            try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(partial))) {
                manifest = backups.write(out, Path.of(dataDir));
            }
            // Under its final name only when complete: a crash mid-write never leaves a "backup" that is not one.
            Files.move(partial, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            long size = Files.size(target);
            int removed = prune();
            meters.backupWritten(size);
            lastFailure = null;
            return "Wrote " + name + ": " + manifest.totalRows() + " rows, "
                    + manifest.files().size() + " file(s), "
                    + size + " bytes"
                    + (manifest.missingFiles().isEmpty()
                            ? ""
                            : "; " + manifest.missingFiles().size() + " file(s) missing from the store")
                    + (removed == 0 ? "" : "; removed " + removed + " older archive(s)");
        } catch (IOException | RuntimeException e) {
            try {
                Files.deleteIfExists(partial);
            } catch (IOException ignored) {
                // The partial file's name says what it is; the next run replaces it.
            }
            meters.backupFailed();
            lastFailure = new Failure(Instant.now(), String.valueOf(e.getMessage()));
            throw new IllegalStateException("The scheduled backup into " + directory + " failed: " + e.getMessage(), e);
        }
    }

    /** Archives in the backup directory, newest first (their names sort by time). */
    public List<Archive> archives() {
        if (!Files.isDirectory(directory)) {
            return List.of();
        }
        List<Archive> archives = new ArrayList<>();
        try (Stream<Path> files = Files.list(directory)) {
            for (Path file : files.filter(ScheduledBackups::isArchive)
                    .sorted(Comparator.comparing(Path::getFileName).reversed())
                    .toList()) {
                archives.add(new Archive(file.getFileName().toString(), Files.size(file)));
            }
        } catch (IOException e) {
            return List.of();
        }
        return archives;
    }

    /** The newest archive, for a restore drill or a move to a new machine. */
    public Optional<Path> latest() {
        return archives().stream().findFirst().map(a -> directory.resolve(a.name()));
    }

    public Status status() {
        return new Status(
                schedule,
                directory.toAbsolutePath().toString(),
                keep,
                lastRun(),
                Optional.ofNullable(lastFailure),
                archives());
    }

    private int prune() throws IOException {
        List<Archive> archives = archives();
        int removed = 0;
        for (Archive old : archives.subList(Math.min(keep, archives.size()), archives.size())) {
            Files.deleteIfExists(directory.resolve(old.name()));
            removed++;
        }
        return removed;
    }

    private Optional<LastRun> lastRun() {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entityManager
                .createNativeQuery("select tick, instance, outcome from job_run where job = ?1 order by tick desc")
                .setParameter(1, JOB)
                .setMaxResults(1)
                .getResultList();
        return rows.stream().findFirst().map(row -> new LastRun(asOffset(row[0]), (String) row[1], (String) row[2]));
    }

    private static OffsetDateTime asOffset(Object value) {
        if (value instanceof OffsetDateTime offset) {
            return offset;
        }
        if (value instanceof Instant instant) {
            return instant.atOffset(ZoneOffset.UTC);
        }
        if (value instanceof java.sql.Timestamp timestamp) {
            return timestamp.toInstant().atOffset(ZoneOffset.UTC);
        }
        return OffsetDateTime.parse(String.valueOf(value));
    }

    private static boolean isArchive(Path file) {
        String name = file.getFileName().toString();
        return name.startsWith(PREFIX) && name.endsWith(".zip") && Files.isRegularFile(file);
    }
}
