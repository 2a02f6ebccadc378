package org.rightstracker.bench.load;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;
import org.rightstracker.bench.Options;

/**
 * {@code rights-bench load}: measures a running server signed in as the bench supervisor. First each
 * target alone with a fixed number of concurrent clients (health check first and last, so every page
 * has its ratio to it from the same run), then the mixed read/write phase; prints the table and the
 * targets of issue 8 as PASS/FAIL lines, and writes the same text to the report file.
 */
public final class LoadCommand {

    private static final String USAGE = """
            usage: java -jar rights-bench.jar load --ids bench-ids.properties --password PASSWORD
                   [--base-url http://localhost:8080] [--user (bench.user from the ids file)]
                   [--clients 32] [--seconds 15] [--warmup-seconds 5]
                   [--mixed-clients 64] [--mixed-seconds 300] [--report bench-load-report.txt]
                   [--startup-millis N (measured by bench/load, reported with the targets)]""";

    private LoadCommand() {}

    public static void main(String[] args) throws Exception {
        if (args.length == 0 || args[0].equals("--help")) {
            System.out.println(USAGE);
            return;
        }
        Options options = Options.parse(args);
        Properties ids = new Properties();
        try (Reader in = Files.newBufferedReader(Path.of(options.required("ids")))) {
            ids.load(in);
        }
        String baseUrl = options.text("base-url", "http://localhost:8080");
        int clients = options.integer("clients", 32);
        double seconds = options.integer("seconds", 15);
        double warmup = options.integer("warmup-seconds", 5);
        int mixedClients = options.integer("mixed-clients", 64);
        int mixedSeconds = options.integer("mixed-seconds", 300);
        Path reportFile = Path.of(options.text("report", "bench-load-report.txt"));

        HttpSession session = HttpSession.signIn(
                baseUrl,
                options.text("user", ids.getProperty("bench.user")),
                options.required("password"),
                Math.max(clients, mixedClients));
        long large = Long.parseLong(ids.getProperty("large.production"));
        long small = Long.parseLong(ids.getProperty("small.production"));
        long cue = Long.parseLong(ids.getProperty("sample.cue"));
        List<Target> targets = Target.standard(large, small, cue);

        LoadReport report = new LoadReport(
                clients,
                mixedClients,
                options.integer("startup-millis", -1),
                "Large production " + large + ": " + ids.getProperty("large.cues", "?") + " cues; small production "
                        + small + ": " + ids.getProperty("small.cues", "?") + " cues; cue page: cue " + cue);
        // Warming up the JIT and the caches needs repetitions, not concurrency: a few clients are enough,
        // and a round of 32 slow pages would only make the run longer.
        int warmupClients = Math.min(clients, 4);
        log("Warm-up: %.0f s per target with %d clients", warmup, warmupClients);
        for (Target target : targets) {
            if (warmup > 0 && !target.afterChange()) {
                measure(session, target, warmupClients, warmup);
            }
        }
        // What one reader sees when nobody else is asking: the reference the 32-client figures are held to.
        log("One client at a time: %.0f s per page", seconds);
        for (Target target : targets) {
            if (Target.ONE_AT_A_TIME.contains(target.name())) {
                Recorder.Summary summary = measure(session, target, 1, seconds);
                log(
                        "  %-34s p50 %9.1f ms  server p50 %9.1f ms  %6d requests",
                        target.name(), summary.p50Millis(), summary.serverP50Millis(), summary.requests());
                report.oneAtATime(summary);
            }
        }
        log("Measuring: %.0f s per target with %d clients", seconds, clients);
        for (Target target : targets) {
            if (target.afterChange()) {
                // Everyone asks at once for a report nobody has yet: the server should render it once.
                MixedWorkload.touchProduction(session, large, "Changed by the load benchmark before " + target.name());
            }
            Recorder.Summary summary = measure(session, target, clients, seconds);
            log(
                    "  %-34s %8.1f req/s  p50 %9.1f ms  %6d requests  %d errors",
                    target.name(), summary.perSecond(), summary.p50Millis(), summary.requests(), summary.errors());
            report.single(target, summary);
        }

        if (mixedSeconds > 0) {
            List<Long> editable = Arrays.stream(ids.getProperty("editable.cues").split(","))
                    .map(Long::parseLong)
                    .toList();
            MixedWorkload mixed = new MixedWorkload(session, large, editable, mixedClients);
            mixed.prepare();
            log("Mixed read/write: %d clients for %d s", mixedClients, mixedSeconds);
            double took = ClosedLoop.run(mixedClients, mixedSeconds, mixed::step);
            report.mixed(mixed.summaries(took), took);
        }

        String text = report.text();
        System.out.println();
        System.out.print(text);
        Files.writeString(reportFile, text);
        log("Report written to %s", reportFile.toAbsolutePath());
        System.exit(report.allPassed() ? 0 : 1);
    }

    private static Recorder.Summary measure(HttpSession session, Target target, int clients, double seconds)
            throws InterruptedException {
        Recorder recorder = new Recorder(target.name());
        double took = ClosedLoop.run(clients, seconds, (client, iteration) -> {
            long start = System.nanoTime();
            try {
                HttpSession.Reply reply = session.get(target.path());
                long nanos = System.nanoTime() - start;
                if (reply.status() != 200) {
                    recorder.error(nanos, "HTTP " + reply.status());
                } else if (!reply.contentType().startsWith(target.contentType())) {
                    recorder.error(nanos, "content type " + reply.contentType());
                } else {
                    recorder.success(nanos, reply);
                }
            } catch (IOException e) {
                recorder.error(System.nanoTime() - start, e.getClass().getSimpleName() + ": " + e.getMessage());
            }
        });
        return recorder.summary(took);
    }

    private static void log(String format, Object... values) {
        System.err.printf("[load] " + format + "%n", values);
    }

    /**
     * One measured URL, with the content type a correct answer has; {@code afterChange} targets are
     * measured right after a change to the large production, so no cached copy exists when they start.
     */
    record Target(String name, String path, String contentType, boolean afterChange) {

        Target(String name, String path, String contentType) {
            this(name, path, contentType, false);
        }

        static final String HEALTH = "health /q/health/live";
        static final String HEALTH_AGAIN = "health /q/health/live (again)";
        static final String DASHBOARD = "dashboard /";
        static final String LARGE_PAGE = "production page, large";
        static final String SMALL_PAGE = "production page, small";
        static final String LARGE_CHECKLIST = "checklist HTML, large";
        static final String SMALL_CHECKLIST = "checklist HTML, small";
        static final String LARGE_PDF = "checklist PDF, large";
        static final String LARGE_PDF_AFTER_CHANGE = "checklist PDF, large, just changed";

        /** The pages also measured with one client, for the targets that compare with it. */
        static final List<String> ONE_AT_A_TIME = List.of(DASHBOARD, LARGE_PAGE, LARGE_CHECKLIST);

        static List<Target> standard(long large, long small, long cue) {
            List<Target> targets = new ArrayList<>();
            targets.add(new Target(HEALTH, "/q/health/live", "application/json"));
            targets.add(new Target(DASHBOARD, "/", "text/html"));
            targets.add(new Target(LARGE_PAGE, "/productions/" + large, "text/html"));
            targets.add(new Target(SMALL_PAGE, "/productions/" + small, "text/html"));
            targets.add(new Target("cue page", "/cues/" + cue, "text/html"));
            targets.add(new Target(LARGE_CHECKLIST, "/productions/" + large + "/reports/checklist", "text/html"));
            targets.add(new Target(SMALL_CHECKLIST, "/productions/" + small + "/reports/checklist", "text/html"));
            targets.add(new Target(
                    LARGE_PDF, "/productions/" + large + "/reports/checklist?format=pdf", "application/pdf"));
            targets.add(new Target(
                    LARGE_PDF_AFTER_CHANGE,
                    "/productions/" + large + "/reports/checklist?format=pdf",
                    "application/pdf",
                    true));
            targets.add(new Target("API productions", "/api/v1/productions", "application/json"));
            targets.add(new Target(
                    "API cues of large (page of 200)",
                    "/api/v1/productions/" + large + "/cues?size=200",
                    "application/json"));
            targets.add(new Target("API works (page of 50)", "/api/v1/works", "application/json"));
            targets.add(new Target("API parties (page of 50)", "/api/v1/parties", "application/json"));
            targets.add(new Target(HEALTH_AGAIN, "/q/health/live", "application/json"));
            return targets;
        }
    }
}
