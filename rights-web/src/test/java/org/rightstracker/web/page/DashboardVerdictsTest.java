package org.rightstracker.web.page;

import static org.assertj.core.api.Assertions.assertThat;

import io.agroal.api.AgroalDataSource;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.rightstracker.core.licence.LicenceService;
import org.rightstracker.core.licence.LicenceStatus;
import org.rightstracker.core.licence.LicenceStep;
import org.rightstracker.core.licence.OptionInput;
import org.rightstracker.core.party.Party;
import org.rightstracker.core.party.PartyInput;
import org.rightstracker.core.party.PartyKind;
import org.rightstracker.core.party.PartyRole;
import org.rightstracker.core.party.PartyService;
import org.rightstracker.core.production.Production;
import org.rightstracker.web.security.Role;

/**
 * The dashboard keeps its verdicts between requests; these pin that every change shows at once, whether
 * made through this instance's services or committed by another instance on the same database.
 */
@QuarkusTest
class DashboardVerdictsTest {

    @Inject
    PageWorld world;

    @Inject
    LicenceService licences;

    @Inject
    PartyService parties;

    @Inject
    AgroalDataSource dataSource;

    @Inject
    MeterRegistry registry;

    @Test
    void aLicenceAgreedThroughTheServicesShowsOnTheNextVisit() {
        PageWorld.Song song = world.song();
        Visitor supervisor = world.visitor(Role.SUPERVISOR, song.production());
        assertThat(supervisor.get("/").asString()).doesNotContain("committed USD 12,000.00");

        world.license(world.item(song.cue(), song.label()).id, "12000");

        assertThat(supervisor.get("/").asString()).contains("committed USD 12,000.00 (12%)");
    }

    @Test
    void aChangeCommittedByAnotherInstanceShowsOnceItRaisesTheRevision() throws SQLException {
        PageWorld.Song song = world.song();
        long item = world.item(song.cue(), song.publisherB()).id;
        Visitor supervisor = world.visitor(Role.SUPERVISOR, song.production());
        assertThat(section(supervisor.get("/").asString(), "alerts-blocked")).doesNotContain("/cues/" + song.cue());

        // Another instance's transaction: the change and its revision, committed together, nothing in memory here.
        sql("update clearance_item set status = 'DENIED' where id = ?", item);
        sql("update cue set clearance_revision = clearance_revision + 1 where id = ?", song.cue());
        sql("update production set clearance_revision = clearance_revision + 1 where id = ?", song.production());

        assertThat(section(supervisor.get("/").asString(), "alerts-blocked"))
                .contains("href=\"/cues/" + song.cue() + "\"")
                .contains("was denied");
    }

    @Test
    void withoutARaisedRevisionTheKeptVerdictIsShown() throws SQLException {
        PageWorld.Song song = world.song();
        long item = world.item(song.cue(), song.publisherB()).id;
        Visitor supervisor = world.visitor(Role.SUPERVISOR, song.production());
        supervisor.get("/");

        // Proves the verdict really is kept (and so that the revision is what keeps it right).
        sql("update clearance_item set status = 'DENIED' where id = ?", item);

        assertThat(section(supervisor.get("/").asString(), "alerts-blocked")).doesNotContain("/cues/" + song.cue());
    }

    @Test
    void manyDashboardsAfterAChangeEvaluateTheChangedProductionOnce() throws Exception {
        PageWorld.Song song = world.song();
        Visitor supervisor = world.visitor(Role.SUPERVISOR, song.production());
        supervisor.get("/");
        world.license(world.item(song.cue(), song.label()).id, "12000");
        double before = evaluations();

        int clients = 16;
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<String>> pages = new ArrayList<>();
            for (int i = 0; i < clients; i++) {
                pages.add(pool.submit(() -> {
                    start.await();
                    return supervisor.get("/").asString();
                }));
            }
            start.countDown();
            for (Future<String> page : pages) {
                assertThat(page.get()).contains("committed USD 12,000.00 (12%)");
            }
        } finally {
            pool.shutdownNow();
        }

        assertThat(evaluations() - before).isEqualTo(1.0);
        // And the next visit takes the kept board: no evaluation at all.
        assertThat(supervisor.get("/").asString()).contains("committed USD 12,000.00 (12%)");
        assertThat(evaluations() - before).isEqualTo(1.0);
    }

    private double evaluations() {
        Counter counter = registry.find("rights.clearance.evaluations")
                .tag("cache", "dashboard")
                .counter();
        return counter == null ? 0 : counter.count();
    }

    @Test
    void everyChangeTheClearanceDependsOnRaisesTheRevisionOfTheProductionsUsingIt() throws SQLException {
        PageWorld.Song song = world.song();
        Production unrelated = world.production(PageWorld.unique("Unrelated"));
        long item = world.item(song.cue(), song.publisherA()).id;
        long before = revision(song.production());
        long unrelatedBefore = revision(unrelated.id);

        licences.move(item, world.version(item), LicenceStatus.REQUESTED, LicenceStep.on(LocalDate.now()));
        long afterMove = revision(song.production());
        assertThat(afterMove).isGreaterThan(before);

        // Due inside the dashboard's 30 days but outside the expiring report's 3-day window another test reads.
        licences.addOption(
                item,
                world.version(item),
                new OptionInput("Trailer", "500", "USD", LocalDate.now().plusDays(20)));
        long afterOption = revision(song.production());
        assertThat(afterOption).isGreaterThan(afterMove);

        Party publisher = QuarkusTransaction.requiringNew().call(() -> Party.findById(song.publisherA()));
        parties.update(
                publisher.id,
                publisher.version,
                PartyInput.named("Renamed " + song.tag(), PartyKind.ORGANISATION, Set.of(PartyRole.PUBLISHER)));
        assertThat(revision(song.production())).isGreaterThan(afterOption);

        assertThat(revision(unrelated.id)).isEqualTo(unrelatedBefore);
        Visitor supervisor = world.visitor(Role.SUPERVISOR, song.production());
        assertThat(section(supervisor.get("/").asString(), "alerts-options")).contains("/cues/" + song.cue());
    }

    private long revision(long productionId) throws SQLException {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement =
                        connection.prepareStatement("select clearance_revision from production where id = ?")) {
            statement.setLong(1, productionId);
            try (ResultSet row = statement.executeQuery()) {
                assertThat(row.next()).isTrue();
                return row.getLong(1);
            }
        }
    }

    private void sql(String update, long id) throws SQLException {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement(update)) {
            statement.setLong(1, id);
            assertThat(statement.executeUpdate()).isEqualTo(1);
        }
    }

    private static String section(String page, String id) {
        int start = page.indexOf("id=\"" + id + "\"");
        assertThat(start).as(id).isNotNegative();
        int end = page.indexOf("</section>", start);
        return page.substring(start, end);
    }
}
