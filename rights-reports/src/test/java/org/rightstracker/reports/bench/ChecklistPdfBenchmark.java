package org.rightstracker.reports.bench;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.rightstracker.reports.TestProductions;
import org.rightstracker.reports.checklist.ChecklistBuilder;
import org.rightstracker.reports.checklist.ChecklistRenderer;
import org.rightstracker.reports.checklist.ChecklistReport;

/**
 * Times the clearance checklist PDF for productions of 100 and 1,000 cues (see bench/README.md).
 * A measurement, not a test: it asserts nothing about time, so a noisy machine cannot fail a build,
 * and it runs only when named (bench/checklist-pdf): its class name is outside Surefire's test patterns.
 */
@QuarkusTest
class ChecklistPdfBenchmark {

    static final int WARM_UP = 3;
    static final int RUNS = 7;

    @Inject
    TestProductions productions;

    @Inject
    ChecklistBuilder checklists;

    @Test
    void checklistPdfFor100And1000Cues() throws IOException {
        long small = productions.soundtrackFilm(TestProductions.unique("Bench 100"), 100);
        long large = productions.soundtrackFilm(TestProductions.unique("Bench 1000"), 1000);

        String loadBefore = loadAverage();
        List<String> lines = new ArrayList<>();
        lines.add(String.format(
                Locale.ROOT,
                "%-6s %6s %10s %10s %10s %10s %12s %8s",
                "cues",
                "pages",
                "model ms",
                "pdf ms",
                "total ms",
                "best ms",
                "total cpu ms",
                "kB"));
        Result hundred = measure(small);
        Result thousand = measure(large);
        // The 1,000-cue document as rendered, for looking at or profiling the PDF step on its own.
        Files.writeString(
                Path.of("target/bench-checklist-1000.html"),
                ChecklistRenderer.output(checklists.build(large, "Benchmark", LocalDate.now()))
                        .print(null));
        lines.add(hundred.line(100));
        lines.add(thousand.line(1000));
        lines.add(String.format(
                Locale.ROOT,
                "ratio 1000/100: total %.1fx (cpu %.1fx) for 10x the cues (linear = 10x)",
                thousand.total() / hundred.total(),
                thousand.cpu() / hundred.cpu()));
        lines.add("load average before and after: " + loadBefore + " / " + loadAverage());
        String report = String.join("\n", lines);
        System.out.println("\n" + report + "\n");
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target/bench-checklist-pdf.txt"), report + "\n");
    }

    /**
     * Medians in milliseconds, except {@code best}: the fastest total, the closest a shared machine gets to
     * an idle one. {@code cpu} is the thread's own CPU time for model and PDF, which excludes the time
     * spent waiting for other processes.
     */
    record Result(double model, double pdf, double best, double cpu, int pages, int bytes) {

        double total() {
            return model + pdf;
        }

        String line(int cues) {
            return String.format(
                    Locale.ROOT,
                    "%-6d %6d %10.0f %10.0f %10.0f %10.0f %12.0f %8d",
                    cues,
                    pages,
                    model,
                    pdf,
                    total(),
                    best,
                    cpu,
                    bytes / 1024);
        }
    }

    /** Median of {@link #RUNS} timed runs after {@link #WARM_UP} untimed ones, model and PDF apart. */
    private Result measure(long productionId) {
        double[] model = new double[RUNS];
        double[] pdf = new double[RUNS];
        double[] cpu = new double[RUNS];
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        byte[] last = null;
        for (int run = -WARM_UP; run < RUNS; run++) {
            long startCpu = threads.getCurrentThreadCpuTime();
            long start = System.nanoTime();
            ChecklistReport report = checklists.build(productionId, "Benchmark", LocalDate.now());
            long built = System.nanoTime();
            last = ChecklistRenderer.output(report).pdf();
            long rendered = System.nanoTime();
            long renderedCpu = threads.getCurrentThreadCpuTime();
            if (run >= 0) {
                model[run] = (built - start) / 1e6;
                pdf[run] = (rendered - built) / 1e6;
                cpu[run] = (renderedCpu - startCpu) / 1e6;
            }
        }
        double best = Double.MAX_VALUE;
        for (int run = 0; run < RUNS; run++) {
            best = Math.min(best, model[run] + pdf[run]);
        }
        return new Result(median(model), median(pdf), best, median(cpu), pages(last), last.length);
    }

    /** The 1, 5 and 15 minute load averages, so figures from a busy machine can be told apart. */
    private static String loadAverage() {
        try {
            String[] fields = Files.readString(Path.of("/proc/loadavg")).split(" ");
            return fields[0] + " " + fields[1] + " " + fields[2];
        } catch (IOException | RuntimeException e) {
            return "unknown";
        }
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }

    private static int pages(byte[] pdf) {
        try (var document = org.apache.pdfbox.Loader.loadPDF(pdf)) {
            return document.getNumberOfPages();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
