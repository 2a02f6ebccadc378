package org.rightstracker.web.schedule;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.lang.management.ManagementFactory;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.function.Supplier;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.rightstracker.core.shared.TextLimit;

/**
 * Runs a job's tick at most once across every instance sharing the database.
 *
 * <p>Each tick is one transaction. On PostgreSQL it first takes a transaction-level advisory lock
 * for the job ({@code pg_try_advisory_xact_lock}): an instance that cannot get it skips, because
 * another instance is running that job right now. It then looks the tick up in the {@code job_run}
 * ledger: a tick already there was run by an instance whose clock fired a moment earlier. Otherwise it
 * does the work and writes the ledger row in the same transaction, so a run that fails leaves neither
 * its changes nor its row, and the next tick tries again. The embedded H2 database serves one
 * instance only, so there the ledger alone suffices.
 */
@ApplicationScoped
public class JobRunner {

    private static final Logger LOG = Logger.getLogger(JobRunner.class);

    /** First half of every advisory lock key this application takes ("RTRK"), so others' locks never clash. */
    static final int LOCK_NAMESPACE = 0x5254524B;

    @Inject
    EntityManager entityManager;

    @ConfigProperty(name = "quarkus.datasource.db-kind")
    String dbKind;

    @ConfigProperty(name = "rights.instance-name")
    Optional<String> configuredInstance;

    /**
     * Runs {@code work} for this tick unless another instance holds the job or already ran the tick.
     *
     * @param tick the scheduled fire time; instances firing the same cron tick agree on it to the second
     * @return the work's outcome, or empty when this instance skipped the tick
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public Optional<String> runOnce(String job, Instant tick, Supplier<String> work) {
        OffsetDateTime tickTime = OffsetDateTime.ofInstant(tick.truncatedTo(ChronoUnit.SECONDS), ZoneOffset.UTC);
        if (!tryLock(job)) {
            LOG.debugf("%s %s: another instance is running it", job, tickTime);
            return Optional.empty();
        }
        if (alreadyRan(job, tickTime)) {
            LOG.debugf("%s %s: already run", job, tickTime);
            return Optional.empty();
        }
        OffsetDateTime started = OffsetDateTime.now(ZoneOffset.UTC);
        String outcome = work.get();
        entityManager
                .createNativeQuery("insert into job_run (job, tick, instance, started_at, finished_at, outcome)"
                        + " values (?1, ?2, ?3, ?4, ?5, ?6)")
                .setParameter(1, job)
                .setParameter(2, tickTime)
                .setParameter(3, instance())
                .setParameter(4, started)
                .setParameter(5, OffsetDateTime.now(ZoneOffset.UTC))
                .setParameter(6, TextLimit.JOB_RUN_OUTCOME.shortened(outcome))
                .executeUpdate();
        LOG.infof("Scheduled %s for %s ran on %s: %s", job, tickTime, instance(), outcome);
        return Optional.of(outcome);
    }

    private boolean tryLock(String job) {
        if (!"postgresql".equals(dbKind)) {
            return true;
        }
        Object locked = entityManager
                .createNativeQuery("select pg_try_advisory_xact_lock(?1, ?2)")
                .setParameter(1, LOCK_NAMESPACE)
                .setParameter(2, job.hashCode())
                .getSingleResult();
        return Boolean.TRUE.equals(locked);
    }

    private boolean alreadyRan(String job, OffsetDateTime tick) {
        Number runs = (Number) entityManager
                .createNativeQuery("select count(*) from job_run where job = ?1 and tick = ?2")
                .setParameter(1, job)
                .setParameter(2, tick)
                .getSingleResult();
        return runs.longValue() > 0;
    }

    /** How the ledger names this instance: the configured name, else the JVM's pid@host. */
    String instance() {
        return configuredInstance.orElseGet(
                () -> ManagementFactory.getRuntimeMXBean().getName());
    }
}
