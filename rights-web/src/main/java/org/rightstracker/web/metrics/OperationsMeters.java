package org.rightstracker.web.metrics;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.atomic.AtomicLong;
import org.rightstracker.core.importing.cuelist.CueListImportResult;
import org.rightstracker.core.importing.cwr.CwrImportResult;

/**
 * The application's own Prometheus meters (next to those Quarkus makes: HTTP timings per route
 * template, the connection pool, the JVM). One place names them all, so docs/OPERATIONS.md and the
 * alerts written against them have one list to follow. Names as Prometheus shows them:
 *
 * <ul>
 *   <li>{@code rights_imports_total{kind,outcome}}, {@code rights_import_records_total{kind}},
 *       {@code rights_import_duration_seconds{kind}}: CWR and cue-list imports committed or refused.
 *   <li>{@code rights_jobs_runs_total{job,outcome}} (ran, skipped, failed),
 *       {@code rights_jobs_last_success_seconds{job}}, {@code rights_jobs_last_failure_seconds{job}}
 *       (epoch seconds; 0 = not since start).
 *   <li>{@code rights_clearance_evaluations_total{cache}} (productions evaluated),
 *       {@code rights_clearance_evaluation_duration_seconds{cache}},
 *       {@code rights_clearance_cache_hits_total{cache}}: dashboard and production verdict caches.
 *   <li>{@code rights_backup_runs_total{outcome}}, {@code rights_backup_last_success_seconds},
 *       {@code rights_backup_last_size_bytes}: the scheduled backup.
 *   <li>{@code rights_mail_sent_total{kind}}, {@code rights_mail_failed_total{kind}}: reserved for the
 *       mail sender, which reports through {@link #mailSent} and {@link #mailFailed}.
 * </ul>
 */
@ApplicationScoped
public class OperationsMeters {

    @Inject
    MeterRegistry registry;

    private final ConcurrentMap<String, AtomicLong> gauges = new ConcurrentHashMap<>();

    // ---- imports

    public void importCommitted(String kind, long records, Duration took) {
        Counter.builder("rights.imports")
                .description("Import files, by kind and outcome")
                .tags("kind", kind, "outcome", "committed")
                .register(registry)
                .increment();
        Counter.builder("rights.import.records")
                .description("Records (works, recordings, cues) read from committed import files")
                .tags("kind", kind)
                .register(registry)
                .increment(records);
        Timer.builder("rights.import.duration")
                .description("Time to commit an import file")
                .tags("kind", kind)
                .register(registry)
                .record(took);
    }

    /** A committed CWR file: its works and recordings are the records. */
    public void importCommitted(CwrImportResult result, long startedNanos) {
        importCommitted(
                "cwr",
                result.worksCreated()
                        + result.worksUpdated()
                        + result.worksUnchanged()
                        + result.recordingsCreated()
                        + result.recordingsUpdated(),
                Duration.ofNanos(System.nanoTime() - startedNanos));
    }

    /** A committed cue list: its cues are the records. */
    public void importCommitted(CueListImportResult result, long startedNanos) {
        importCommitted(
                "cue-list",
                result.cuesCreated() + result.cuesUpdated() + result.cuesUnchanged(),
                Duration.ofNanos(System.nanoTime() - startedNanos));
    }

    public void importRefused(String kind) {
        Counter.builder("rights.imports")
                .description("Import files, by kind and outcome")
                .tags("kind", kind, "outcome", "refused")
                .register(registry)
                .increment();
    }

    // ---- scheduled jobs

    /** Makes the job's series exist from the start, so an alert on "never succeeded" can fire. */
    public void jobKnown(String job) {
        epochGauge("rights.jobs.last.success", "Last successful run of a scheduled job", "job", job);
        epochGauge("rights.jobs.last.failure", "Last failed run of a scheduled job", "job", job);
    }

    public void jobRan(String job) {
        jobCounter(job, "ran");
        epochGauge("rights.jobs.last.success", "Last successful run of a scheduled job", "job", job)
                .set(System.currentTimeMillis() / 1000);
    }

    public void jobSkipped(String job) {
        jobCounter(job, "skipped");
    }

    public void jobFailed(String job) {
        jobCounter(job, "failed");
        epochGauge("rights.jobs.last.failure", "Last failed run of a scheduled job", "job", job)
                .set(System.currentTimeMillis() / 1000);
    }

    private void jobCounter(String job, String outcome) {
        Counter.builder("rights.jobs.runs")
                .description("Ticks of scheduled jobs on this instance: ran, skipped (another instance had it), failed")
                .tags("job", job, "outcome", outcome)
                .register(registry)
                .increment();
    }

    // ---- clearance verdicts

    public void verdictsFromCache(String cache, int productions) {
        Counter.builder("rights.clearance.cache.hits")
                .description("Production verdicts served from a cache")
                .tags("cache", cache)
                .register(registry)
                .increment(productions);
    }

    public void verdictsEvaluated(String cache, int productions, long nanos) {
        Counter.builder("rights.clearance.evaluations")
                .description("Production verdicts evaluated by the clearance engine")
                .tags("cache", cache)
                .register(registry)
                .increment(productions);
        Timer.builder("rights.clearance.evaluation.duration")
                .description("Time to load and evaluate the verdicts a cache missed")
                .tags("cache", cache)
                .register(registry)
                .record(Duration.ofNanos(nanos));
    }

    // ---- backups

    public void backupWritten(long bytes) {
        backupCounter("written");
        epochGauge("rights.backup.last.success", "Last scheduled backup written", null, null)
                .set(System.currentTimeMillis() / 1000);
        gauge("rights.backup.last.size", "Size of the last scheduled backup", "bytes", null, null)
                .set(bytes);
    }

    public void backupFailed() {
        backupCounter("failed");
    }

    /** Registers the backup series at start, so "no backup for a day" can alert from the first day. */
    public void backupKnown() {
        epochGauge("rights.backup.last.success", "Last scheduled backup written", null, null);
        gauge("rights.backup.last.size", "Size of the last scheduled backup", "bytes", null, null);
    }

    private void backupCounter(String outcome) {
        Counter.builder("rights.backup.runs")
                .description("Scheduled backups on this instance")
                .tags("outcome", outcome)
                .register(registry)
                .increment();
    }

    // ---- mail (the sender of issue 13 calls these)

    /** One email handed to the mail server; {@code kind} is a short fixed word such as "letter" or "digest". */
    public void mailSent(String kind) {
        Counter.builder("rights.mail.sent")
                .description("Emails handed to the mail server")
                .tags("kind", kind)
                .register(registry)
                .increment();
    }

    /** One email the mail server refused or could not be reached for. */
    public void mailFailed(String kind) {
        Counter.builder("rights.mail.failed")
                .description("Emails that could not be sent")
                .tags("kind", kind)
                .register(registry)
                .increment();
    }

    private AtomicLong epochGauge(String name, String description, String tag, String value) {
        return gauge(name, description, "seconds", tag, value);
    }

    private AtomicLong gauge(String name, String description, String unit, String tag, String value) {
        String key = name + "|" + tag + "=" + value;
        return gauges.computeIfAbsent(key, k -> {
            AtomicLong holder = new AtomicLong();
            Gauge.Builder<AtomicLong> builder = Gauge.builder(name, holder, AtomicLong::doubleValue)
                    .description(description)
                    .baseUnit(unit);
            if (tag != null) {
                builder.tags(tag, value);
            }
            builder.register(registry);
            return holder;
        });
    }
}
