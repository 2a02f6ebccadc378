package org.rightstracker.web.schedule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.rightstracker.core.audit.AuditEntry;
import org.rightstracker.core.licence.LicenceOption;
import org.rightstracker.core.licence.LicenceService;
import org.rightstracker.core.licence.LicenceStatus;
import org.rightstracker.core.licence.LicenceStep;
import org.rightstracker.core.licence.OptionInput;
import org.rightstracker.core.shared.ConflictException;
import org.rightstracker.web.page.PageWorld;
import org.rightstracker.web.page.Visitor;
import org.rightstracker.web.security.AppUser;
import org.rightstracker.web.security.Role;

/**
 * The scheduled jobs, called by tick as the scheduler would: what they change, that a tick runs once
 * however often it is offered, and that a failed run keeps nothing. (Across two instances on
 * PostgreSQL: ClusterIT.)
 */
@QuarkusTest
class ScheduledWorkTest {

    @Inject
    ScheduledWork work;

    @Inject
    JobRunner runner;

    @Inject
    PageWorld world;

    @Inject
    LicenceService licences;

    private static final AtomicInteger TICKS = new AtomicInteger();

    /** A tick of today that no other test uses: the ledger is shared by every test in this database. */
    private static Instant uniqueTick() {
        return Instant.now().truncatedTo(ChronoUnit.SECONDS).minusSeconds(TICKS.incrementAndGet());
    }

    @Test
    void theExpiryRunMarksPassedOptionsLapsedOncePerTickAndALapsedOptionCannotBeExercised() {
        PageWorld.Song song = world.song();
        long itemId = world.item(song.cue(), song.label()).id;
        LocalDate yesterday = LocalDate.now().minusDays(1);
        long passed = licences.addOption(
                        itemId, world.version(itemId), new OptionInput("Trailer use", "500", null, yesterday))
                .id;
        long open = licences.addOption(
                        itemId,
                        world.version(itemId),
                        new OptionInput(
                                "Sequel use", "900", null, LocalDate.now().plusDays(30)))
                .id;

        Instant tick = uniqueTick();
        assertThat(work.markExpiries(tick)).isTrue();
        assertThat(work.markExpiries(tick)).as("the same tick again").isFalse();

        LicenceOption lapsed = option(passed);
        assertThat(lapsed.lapsedOn).isEqualTo(LocalDate.ofInstant(tick, java.time.ZoneId.systemDefault()));
        assertThat(option(open).lapsedOn).isNull();
        assertThat(ledger(ScheduledWork.EXPIRY_MARKING, tick)).isEqualTo(1);
        assertThat(QuarkusTransaction.requiringNew()
                        .call(() -> AuditEntry.count(
                                "entityType = ?1 and entityId = ?2 and lower(field) like ?3",
                                "LicenceOption",
                                passed,
                                "%lapsed%")))
                .as("the marking is in the option's history")
                .isEqualTo(1);
        assertThatThrownBy(() -> licences.setExercised(passed, lapsed.version, true))
                .isInstanceOf(ConflictException.class)
                .hasMessageContaining("lapsed on");
    }

    @Test
    void theDigestTellsEachTeamMemberTheirDatedFindingsOncePerTick() {
        PageWorld.Song song = world.song();
        long itemId = world.item(song.cue(), song.publisherA()).id;
        licences.move(itemId, world.version(itemId), LicenceStatus.REQUESTED, LicenceStep.on(null));
        licences.move(
                itemId,
                world.version(itemId),
                LicenceStatus.QUOTED,
                new LicenceStep(null, "2500", null, "USD", LocalDate.now().minusDays(2), null));
        String member = world.user(Role.SUPERVISOR, song.production());
        String outsider = world.user(Role.SUPERVISOR);

        Instant tick = uniqueTick();
        assertThat(work.composeDigests(tick)).isTrue();
        assertThat(work.composeDigests(tick)).as("the same tick again").isFalse();

        assertThat(digests(member, tick)).isEqualTo(1);
        assertThat(digests(outsider, tick)).as("nothing to tell, no digest").isZero();
        AlertDigest digest = QuarkusTransaction.requiringNew()
                .call(() -> AlertDigest.latestFor(userId(member)).orElseThrow());
        assertThat(digest.body)
                .contains(song.productionTitle())
                .contains("cue 2M14")
                .contains("Quote from Publisher A " + song.tag() + " expired");

        Visitor visitor = Visitor.signIn(member, PageWorld.PASSWORD);
        assertThat(visitor.get("/digest").body().asString())
                .contains("Your alert digest")
                .contains("Quote from Publisher A " + song.tag() + " expired");
        assertThat(Visitor.signIn(outsider, PageWorld.PASSWORD)
                        .get("/digest")
                        .body()
                        .asString())
                .contains("No digest for you yet");
    }

    @Test
    void aFailedRunKeepsNothingSoTheNextAttemptRunsTheTick() {
        Instant tick = uniqueTick();
        assertThatThrownBy(() -> runner.runOnce("test-job", tick, () -> {
                    throw new IllegalStateException("boom");
                }))
                .hasMessage("boom");
        assertThat(ledger("test-job", tick)).isZero();

        assertThat(runner.runOnce("test-job", tick, () -> "done")).contains("done");
        assertThat(runner.runOnce("test-job", tick, () -> "again")).isEmpty();
        assertThat(ledger("test-job", tick)).isEqualTo(1);
    }

    private static LicenceOption option(long id) {
        return QuarkusTransaction.requiringNew().call(() -> LicenceOption.findById(id));
    }

    private static long userId(String username) {
        return QuarkusTransaction.requiringNew()
                .call(() -> AppUser.findByUsername(username).orElseThrow().id);
    }

    private static long digests(String username, Instant tick) {
        long userId = userId(username);
        return QuarkusTransaction.requiringNew()
                .call(() -> AlertDigest.count("userId = ?1 and tick = ?2", userId, tick));
    }

    private static long ledger(String job, Instant tick) {
        return QuarkusTransaction.requiringNew()
                .call(() -> ((Number) AlertDigest.getEntityManager()
                                .createNativeQuery("select count(*) from job_run where job = ?1 and tick = ?2")
                                .setParameter(1, job)
                                .setParameter(2, java.time.OffsetDateTime.ofInstant(tick, java.time.ZoneOffset.UTC))
                                .getSingleResult())
                        .longValue());
    }
}
