package org.rightstracker.bench.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.OptionalDouble;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

class RecorderTest {

    private static HttpSession.Reply reply(OptionalDouble server, OptionalInt statements) {
        return reply(server, statements, null);
    }

    private static HttpSession.Reply reply(OptionalDouble server, OptionalInt statements, String reportCache) {
        return new HttpSession.Reply(200, new byte[0], "application/pdf", server, statements, reportCache);
    }

    @Test
    void percentilesAreNearestRankOverEveryAnswerErrorsIncluded() {
        Recorder recorder = new Recorder("page");
        for (int millis = 1; millis <= 99; millis++) {
            recorder.success(millis * 1_000_000L, reply(OptionalDouble.empty(), OptionalInt.empty()));
        }
        recorder.error(500_000_000L, "HTTP 500");

        Recorder.Summary summary = recorder.summary(10);

        assertThat(summary.requests()).isEqualTo(100);
        assertThat(summary.errors()).isEqualTo(1);
        assertThat(summary.perSecond()).isEqualTo(10.0);
        assertThat(summary.p50Millis()).isEqualTo(50.0);
        assertThat(summary.p99Millis()).isEqualTo(99.0);
        assertThat(summary.errorKinds()).containsEntry("HTTP 500", 1L);
        assertThat(summary.hasServerTiming()).isFalse();
        assertThat(summary.hasStatements()).isFalse();
    }

    @Test
    void serverTimingAndStatementsAreSummarisedWhenTheServerSendsThem() {
        Recorder recorder = new Recorder("page");
        recorder.success(1, reply(OptionalDouble.of(120.5), OptionalInt.of(9)));
        recorder.success(1, reply(OptionalDouble.of(80.0), OptionalInt.of(9)));
        recorder.success(1, reply(OptionalDouble.of(200.0), OptionalInt.of(12)));

        Recorder.Summary summary = recorder.summary(1);

        assertThat(summary.serverP50Millis()).isEqualTo(120.5);
        assertThat(summary.serverP99Millis()).isEqualTo(200.0);
        assertThat(summary.statementsMedian()).isEqualTo(9);
        assertThat(summary.statementsMax()).isEqualTo(12);
    }

    @Test
    void renderingsCountTheAnswersACachedReportWasRenderedFor() {
        Recorder recorder = new Recorder("pdf");
        recorder.success(1, reply(OptionalDouble.empty(), OptionalInt.empty(), "miss"));
        recorder.success(1, reply(OptionalDouble.empty(), OptionalInt.empty(), "shared"));
        recorder.success(1, reply(OptionalDouble.empty(), OptionalInt.empty(), "shared"));
        recorder.success(1, reply(OptionalDouble.empty(), OptionalInt.empty(), "hit"));

        Recorder.Summary summary = recorder.summary(1);

        assertThat(summary.renderings()).isEqualTo(1);
        assertThat(summary.reportCache()).containsEntry("shared", 2L).containsEntry("hit", 1L);
    }
}
