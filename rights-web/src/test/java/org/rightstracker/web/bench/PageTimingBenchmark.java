package org.rightstracker.web.bench;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.rightstracker.core.cue.Cue;
import org.rightstracker.core.cue.CueService;
import org.rightstracker.core.party.Party;
import org.rightstracker.core.party.PartyRole;
import org.rightstracker.core.production.Production;
import org.rightstracker.core.recording.Recording;
import org.rightstracker.core.recording.RecordingInput;
import org.rightstracker.core.recording.RecordingService;
import org.rightstracker.core.work.PublisherRole;
import org.rightstracker.core.work.Work;
import org.rightstracker.core.work.WorkInput;
import org.rightstracker.core.work.WorkService;
import org.rightstracker.web.page.PageWorld;
import org.rightstracker.web.page.Visitor;
import org.rightstracker.web.security.Role;

/**
 * Server time (Server-Timing) and statements (X-Sql-Statements) of the heavy pages for a production of
 * 1,000 cues and a dashboard of 21 productions, one request at a time. A measurement, not a test: it
 * asserts nothing about time and runs only when named ({@code -Dtest=PageTimingBenchmark}), since its
 * class name is outside Surefire's patterns. The bench/ load client measures under concurrency.
 */
@QuarkusTest
class PageTimingBenchmark {

    static final int WARM_UP = 15;
    static final int RUNS = 40;

    @Inject
    PageWorld world;

    @Inject
    WorkService works;

    @Inject
    RecordingService recordings;

    @Inject
    CueService cues;

    @Test
    void heavyPages() {
        long large = production(1000);
        List<Long> all = new ArrayList<>(List.of(large));
        for (int i = 0; i < 20; i++) {
            all.add(production(50));
        }
        long cue = QuarkusTransaction.requiringNew()
                .call(() ->
                        Cue.<Cue>find("production.id = ?1 order by id", large).firstResult().id);
        Visitor supervisor = world.visitor(
                Role.SUPERVISOR, all.stream().mapToLong(Long::longValue).toArray());

        System.out.printf(Locale.ROOT, "%-48s %8s %8s %8s %6s%n", "page", "p50 ms", "p90 ms", "min ms", "sql");
        for (String path : List.of(
                "/q/health/live",
                "/",
                "/productions/" + large,
                "/productions/" + large + "/reports/checklist",
                "/cues/" + cue,
                "/api/v1/cues/" + cue + "/clearance-items",
                "/api/v1/productions/" + large + "/cues?size=50")) {
            measure(supervisor, path);
        }
    }

    private static void measure(Visitor visitor, String path) {
        for (int i = 0; i < WARM_UP; i++) {
            assertThat(visitor.get(path).statusCode()).as(path).isEqualTo(200);
        }
        double[] millis = new double[RUNS];
        String statements = "";
        for (int i = 0; i < RUNS; i++) {
            Response response = visitor.get(path);
            assertThat(response.statusCode()).as(path).isEqualTo(200);
            millis[i] = Double.parseDouble(response.header("Server-Timing").replace("app;dur=", ""));
            statements = response.header("X-Sql-Statements");
        }
        Arrays.sort(millis);
        System.out.printf(
                Locale.ROOT,
                "%-48s %8.1f %8.1f %8.1f %6s%n",
                path,
                millis[RUNS / 2],
                millis[RUNS * 9 / 10],
                millis[0],
                statements);
    }

    /** Soundtrack cues, each on its own work (two publishers) and recording (one label): three items a cue. */
    private long production(int cueCount) {
        String tag = PageWorld.unique("Bench");
        Production production = world.production("Bench film " + tag);
        Party a = world.party("Publisher A " + tag, PartyRole.PUBLISHER);
        Party b = world.party("Publisher B " + tag, PartyRole.PUBLISHER);
        Party label = world.party("Label " + tag, PartyRole.RECORD_LABEL);
        QuarkusTransaction.requiringNew().run(() -> {
            for (int i = 1; i <= cueCount; i++) {
                Work work = works.create(new WorkInput(
                        "Work " + i + " " + tag,
                        null,
                        false,
                        List.of(),
                        null,
                        List.of(),
                        List.of(
                                new WorkInput.Publisher(a.id, "50", PublisherRole.ORIGINAL_PUBLISHER, null),
                                new WorkInput.Publisher(b.id, "50", PublisherRole.ORIGINAL_PUBLISHER, null))));
                Recording recording = recordings.create(new RecordingInput(
                        "Recording " + i + " " + tag,
                        "Artist",
                        null,
                        2020,
                        "3:00",
                        work.id,
                        null,
                        List.of(new RecordingInput.Owner(label.id, "100"))));
                cues.create(
                        production.id, PageWorld.cueInput(i + "M" + (i % 90 + 10), "Cue " + i, work.id, recording.id));
            }
        });
        return production.id;
    }
}
