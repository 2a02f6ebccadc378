package org.rightstracker.core.importing.cwr;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.hibernate.SessionFactory;
import org.junit.jupiter.api.Test;

/**
 * Times a CWR import of 1,000 and 10,000 works into an empty catalogue (see bench/README.md; the target
 * is 10,000 works in under 15 s). A measurement, not a test: it asserts nothing about time, so a noisy
 * machine cannot fail a build, but it does check that every run imported what the file holds, so a
 * benchmark that imports nothing fails loudly. It runs only when named (bench/cwr-import): its class
 * name is outside Surefire's test patterns.
 *
 * <p>System properties: {@code bench.works} (sizes, default "1000,10000"), {@code bench.warmup}
 * (untimed runs per size, default 1) and {@code bench.runs} (timed runs per size, default 3).
 */
@QuarkusTest
class CwrImportBenchmark {

    static final long SEED = 20_261_126L;
    static final int WARM_UP = Integer.getInteger("bench.warmup", 1);
    static final int RUNS = Integer.getInteger("bench.runs", 3);

    /** The tables a CWR import writes, children first. */
    private static final List<String> TABLES = List.of(
            "audit_entry",
            "master_share",
            "recording",
            "writer_share",
            "publisher_share",
            "work_alternate_title",
            "work",
            "party");

    @Inject
    CwrImport cwr;

    @Inject
    EntityManager entityManager;

    @Inject
    SessionFactory sessionFactory;

    @Test
    void importOf1000And10000Works() throws IOException {
        String loadBefore = loadAverage();
        List<String> lines = new ArrayList<>();
        lines.add(String.format(
                Locale.ROOT,
                "%-6s %7s %9s %7s %10s %10s %10s %10s %12s %11s",
                "works",
                "parties",
                "records",
                "audit",
                "preview ms",
                "commit ms",
                "total ms",
                "best ms",
                "commit cpu",
                "statements"));
        List<Result> results = new ArrayList<>();
        String largest = null;
        for (String size : System.getProperty("bench.works", "1000,10000").split(",")) {
            int works = Integer.parseInt(size.strip());
            String text = CwrSampleFile.generate(works, SEED);
            Result result = measure(works, text);
            results.add(result);
            lines.add(result.line());
            System.out.println(lines.get(0) + "\n" + result.line());
            largest = text;
        }
        if (results.size() > 1) {
            Result small = results.get(0);
            Result large = results.get(results.size() - 1);
            lines.add(String.format(
                    Locale.ROOT,
                    "ratio %d/%d works: total %.1fx (commit cpu %.1fx) for %.0fx the works (linear = %.0fx)",
                    large.works(),
                    small.works(),
                    large.total() / small.total(),
                    large.cpu() / small.cpu(),
                    (double) large.works() / small.works(),
                    (double) large.works() / small.works()));
        }
        lines.add(reimport(results.get(results.size() - 1), largest));
        lines.add("load average before and after: " + loadBefore + " / " + loadAverage());
        String report = String.join("\n", lines);
        System.out.println("\n" + report + "\n");
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target/bench-cwr-import.txt"), report + "\n");
    }

    /**
     * Writes the sample file of {@code bench.works} works (the last size named) to
     * {@code target/cwr-sample-N.V21}, for bench/cwr-import-server to upload to a running server.
     */
    @Test
    void writeSampleFile() throws IOException {
        String[] sizes = System.getProperty("bench.works", "10000").split(",");
        int works = Integer.parseInt(sizes[sizes.length - 1].strip());
        // Another seed writes other works and parties (bench/cwr-import-server --warm imports one first).
        long seed = Long.getLong("bench.seed", SEED);
        String text = CwrSampleFile.generate(works, seed);
        assertThat(CwrParser.parse(text).problems())
                .as("problems in the sample file")
                .isEmpty();
        Files.createDirectories(Path.of("target"));
        String name = seed == SEED ? "cwr-sample-" + works : "cwr-sample-" + works + "-seed-" + seed;
        Files.writeString(Path.of("target/" + name + ".V21"), text, StandardCharsets.ISO_8859_1);
    }

    /** Medians in milliseconds, except {@code best} (the fastest total); {@code cpu} is the commit's thread CPU. */
    record Result(
            int works,
            long parties,
            int records,
            long audit,
            double preview,
            double commit,
            double best,
            double cpu,
            long statements) {

        double total() {
            return preview + commit;
        }

        String line() {
            return String.format(
                    Locale.ROOT,
                    "%-6d %7d %9d %7d %10.0f %10.0f %10.0f %10.0f %12.0f %11d",
                    works,
                    parties,
                    records,
                    audit,
                    preview,
                    commit,
                    total(),
                    best,
                    cpu,
                    statements);
        }
    }

    /** Preview then commit into an empty catalogue, {@link #WARM_UP} untimed and {@link #RUNS} timed times. */
    private Result measure(int works, String text) {
        long parties = CwrSampleFile.partiesIn(text);
        int records = CwrReader.lines(text).size();
        double[] preview = new double[RUNS];
        double[] commit = new double[RUNS];
        double[] cpu = new double[RUNS];
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long statements = 0;
        long audit = 0;
        for (int run = -WARM_UP; run < RUNS; run++) {
            emptyCatalogue();
            sessionFactory.getStatistics().clear();
            long start = System.nanoTime();
            CwrPreview planned = cwr.preview("sample-" + works + ".V21", text);
            long previewed = System.nanoTime();
            long startCpu = threads.getCurrentThreadCpuTime();
            CwrImportResult result = cwr.commit("sample-" + works + ".V21", text);
            long committed = System.nanoTime();
            long commitCpu = threads.getCurrentThreadCpuTime() - startCpu;
            statements = sessionFactory.getStatistics().getPrepareStatementCount();

            assertThat(planned.errorCount()).as("errors in the sample file").isZero();
            assertThat(result.worksCreated()).isEqualTo(works);
            assertThat(result.partiesCreated()).isEqualTo(parties);
            assertThat(count("work")).as("works in the catalogue").isEqualTo(works);
            assertThat(count("party")).as("parties in the catalogue").isEqualTo(parties);
            assertThat(count("writer_share")).isGreaterThanOrEqualTo(works);
            assertThat(count("publisher_share")).isGreaterThanOrEqualTo(works);
            audit = count("audit_entry");
            // Every work, share and recording the import added is in the history.
            assertThat(countWhere("audit_entry", "action = 'ADDED'"))
                    .as("audit rows")
                    .isEqualTo(count("work")
                            + count("writer_share")
                            + count("publisher_share")
                            + count("recording")
                            + count("master_share"));
            if (run >= 0) {
                preview[run] = (previewed - start) / 1e6;
                commit[run] = (committed - previewed) / 1e6;
                cpu[run] = commitCpu / 1e6;
            }
        }
        double best = Double.MAX_VALUE;
        for (int run = 0; run < RUNS; run++) {
            best = Math.min(best, preview[run] + commit[run]);
        }
        return new Result(
                works, parties, records, audit, median(preview), median(commit), best, median(cpu), statements);
    }

    /** Imports the file again over itself: matching must find every work, and nothing may change. */
    private String reimport(Result last, String text) {
        long auditBefore = count("audit_entry");
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long startCpu = threads.getCurrentThreadCpuTime();
        long start = System.nanoTime();
        CwrImportResult again = cwr.commit("again.V21", text);
        double millis = (System.nanoTime() - start) / 1e6;
        double cpu = (threads.getCurrentThreadCpuTime() - startCpu) / 1e6;
        assertThat(again.worksUnchanged()).isEqualTo(last.works());
        assertThat(again.worksCreated() + again.worksUpdated() + again.partiesCreated() + again.partiesUpdated())
                .isZero();
        assertThat(count("work")).isEqualTo(last.works());
        assertThat(count("audit_entry")).as("audit rows after a re-import").isEqualTo(auditBefore);
        return String.format(
                Locale.ROOT,
                "re-import of the same %d works (nothing to change): commit %.0f ms (cpu %.0f ms)",
                last.works(),
                millis,
                cpu);
    }

    private void emptyCatalogue() {
        QuarkusTransaction.requiringNew().run(() -> {
            for (String table : TABLES) {
                entityManager.createNativeQuery("delete from " + table).executeUpdate();
            }
        });
        for (String table : TABLES) {
            assertThat(count(table)).as(table + " before the run").isZero();
        }
    }

    private long count(String table) {
        return countWhere(table, "1 = 1");
    }

    private long countWhere(String table, String condition) {
        return QuarkusTransaction.requiringNew()
                .call(() -> ((Number) entityManager
                                .createNativeQuery("select count(*) from " + table + " where " + condition)
                                .getSingleResult())
                        .longValue());
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
}
