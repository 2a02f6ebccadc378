package org.rightstracker.web.schedule;

import io.quarkus.scheduler.Scheduled;
import io.quarkus.scheduler.ScheduledExecution;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import org.jboss.logging.Logger;
import org.rightstracker.core.licence.LicenceService;
import org.rightstracker.web.metrics.OperationsMeters;

/**
 * The application's timed work, each job on its own cron (configurable, "off" to disable): marking
 * options whose deadline has passed as lapsed, and composing each user's alert digest. Every tick goes
 * through {@link JobRunner}, so with several instances on one database each tick runs exactly once.
 */
@ApplicationScoped
public class ScheduledWork {

    static final String EXPIRY_MARKING = "expiry-marking";
    static final String ALERT_DIGEST = "alert-digest";

    private static final Logger LOG = Logger.getLogger(ScheduledWork.class);

    @Inject
    JobRunner runner;

    @Inject
    LicenceService licences;

    @Inject
    AlertDigests digests;

    @Inject
    OperationsMeters meters;

    void registerMeters(@jakarta.enterprise.event.Observes io.quarkus.runtime.StartupEvent start) {
        meters.jobKnown(EXPIRY_MARKING);
        meters.jobKnown(ALERT_DIGEST);
    }

    @Scheduled(
            identity = EXPIRY_MARKING,
            cron = "{rights.schedule.expiry-marking}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void markExpiries(ScheduledExecution execution) {
        markExpiries(execution.getScheduledFireTime());
    }

    @Scheduled(
            identity = ALERT_DIGEST,
            cron = "{rights.schedule.alert-digest}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void composeDigests(ScheduledExecution execution) {
        composeDigests(execution.getScheduledFireTime());
    }

    /** The expiry run for one tick; false when another instance had it. */
    boolean markExpiries(Instant fireTime) {
        Instant tick = fireTime.truncatedTo(ChronoUnit.SECONDS);
        LocalDate today = LocalDate.ofInstant(tick, ZoneId.systemDefault());
        return run(EXPIRY_MARKING, tick, () -> licences.markLapsedOptions(today) + " option(s) marked lapsed");
    }

    /** The digest run for one tick; false when another instance had it. */
    boolean composeDigests(Instant fireTime) {
        Instant tick = fireTime.truncatedTo(ChronoUnit.SECONDS);
        return run(ALERT_DIGEST, tick, () -> digests.compose(tick));
    }

    boolean run(String job, Instant tick, java.util.function.Supplier<String> work) {
        try {
            boolean ran = runner.runOnce(job, tick, work).isPresent();
            if (ran) {
                meters.jobRan(job);
            } else {
                meters.jobSkipped(job);
            }
            return ran;
        } catch (RuntimeException e) {
            // Nothing of the run was kept; the next tick tries again.
            LOG.errorf(e, "Scheduled %s for %s failed and changed nothing", job, tick);
            meters.jobFailed(job);
            return false;
        }
    }
}
