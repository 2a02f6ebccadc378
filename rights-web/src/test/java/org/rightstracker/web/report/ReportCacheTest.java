package org.rightstracker.web.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.rightstracker.core.licence.FollowUpChannel;
import org.rightstracker.core.licence.FollowUpInput;
import org.rightstracker.core.licence.LicenceTimeline;
import org.rightstracker.core.production.Production;
import org.rightstracker.web.page.PageWorld;
import org.rightstracker.web.page.Visitor;
import org.rightstracker.web.security.Role;

/**
 * The clearance checklist is built once per change of its production and each of its files rendered
 * once, however many people ask at the same time; every change (a licence, a follow-up) shows at once.
 */
@QuarkusTest
class ReportCacheTest {

    @Inject
    PageWorld world;

    @Inject
    LicenceTimeline timeline;

    @Test
    void aSecondRequestIsServedFromTheCacheAndALicenceMakesItFresh() {
        PageWorld.Song song = world.song();
        Visitor supervisor = world.visitor(Role.SUPERVISOR, song.production());
        String checklist = "/productions/" + song.production() + "/reports/checklist";

        Response first = supervisor.get(checklist);
        assertThat(first.statusCode()).isEqualTo(200);
        assertThat(first.header(ReportResponses.CACHE_HEADER)).isEqualTo("miss");
        assertThat(first.asString()).doesNotContain("12,000.00");
        assertThat(supervisor.get(checklist).header(ReportResponses.CACHE_HEADER))
                .isEqualTo("hit");

        world.license(world.item(song.cue(), song.label()).id, "12000");

        Response after = supervisor.get(checklist);
        assertThat(after.header(ReportResponses.CACHE_HEADER)).isEqualTo("miss");
        assertThat(after.asString()).contains("12,000.00");
    }

    @Test
    void eachFormatIsRenderedOnceAndTheViewerNameIsPartOfTheKey() {
        PageWorld.Song song = world.song();
        Visitor one = world.visitor(Role.SUPERVISOR, song.production());
        // Display names are "Page Supervisor" and "Page Producer".
        Visitor another = world.visitor(Role.PRODUCER, song.production());
        String checklist = "/productions/" + song.production() + "/reports/checklist";

        for (String format : List.of("pdf", "csv", "xlsx")) {
            assertThat(one.get(checklist + "?format=" + format).header(ReportResponses.CACHE_HEADER))
                    .as(format)
                    .isEqualTo("miss");
            assertThat(one.get(checklist + "?format=" + format).header(ReportResponses.CACHE_HEADER))
                    .as(format)
                    .isEqualTo("hit");
        }
        assertThat(one.get(checklist + "?format=pdf&paper=letter").header(ReportResponses.CACHE_HEADER))
                .as("another paper is another file")
                .isEqualTo("miss");
        // "Prepared by" names the viewer, so another user's copy is their own.
        assertThat(another.get(checklist + "?format=pdf").header(ReportResponses.CACHE_HEADER))
                .isEqualTo("miss");
    }

    @Test
    void aFollowUpRaisesTheRevisionOfItsProduction() {
        PageWorld.Song song = world.song();
        long item = world.item(song.cue(), song.label()).id;
        long before = revision(song.production());

        timeline.logFollowUp(item, new FollowUpInput(LocalDate.of(2026, 3, 2), FollowUpChannel.PHONE, "Called", null));

        assertThat(revision(song.production())).isGreaterThan(before);
    }

    @Test
    void thirtyTwoClientsAskingForTheSamePdfAtOnceCauseOneRendering() throws Exception {
        PageWorld.Song song = world.song();
        Visitor supervisor = world.visitor(Role.SUPERVISOR, song.production());
        String pdf = "/productions/" + song.production() + "/reports/checklist?format=pdf";
        int clients = 32;
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<Response>> replies = new ArrayList<>();
            for (int i = 0; i < clients; i++) {
                Callable<Response> ask = () -> {
                    start.await();
                    return supervisor.get(pdf);
                };
                replies.add(pool.submit(ask));
            }
            start.countDown();
            List<String> sources = new ArrayList<>();
            byte[] first = null;
            for (Future<Response> reply : replies) {
                Response response = reply.get();
                assertThat(response.statusCode()).isEqualTo(200);
                sources.add(response.header(ReportResponses.CACHE_HEADER));
                if (first == null) {
                    first = response.asByteArray();
                } else {
                    assertThat(response.asByteArray()).isEqualTo(first);
                }
            }
            assertThat(sources).filteredOn("miss"::equals).hasSize(1);
            assertThat(sources).allMatch(s -> List.of("miss", "shared", "hit").contains(s));
        } finally {
            pool.shutdownNow();
        }
    }

    private static long revision(long productionId) {
        return QuarkusTransaction.requiringNew()
                .call(() -> Production.<Production>findById(productionId).clearanceRevision);
    }
}
