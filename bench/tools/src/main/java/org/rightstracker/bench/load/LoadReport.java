package org.rightstracker.bench.load;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The benchmark's output: one table for the targets measured alone, one for the mixed phase, and
 * the targets of issue 8 as PASS / FAIL / UNKNOWN lines (UNKNOWN when the server sent no request
 * metrics: start it with RIGHTS_REQUEST_METRICS=true).
 */
final class LoadReport {

    private static final double SERVER_P50_LIMIT_MS = 150;
    private static final double DASHBOARD_RATIO_MIN = 0.25;

    // Issue 14, "speed round two".
    private static final double DASHBOARD_RATIO_MIN_14 = 0.50;
    private static final double LARGE_PAGE_MIN_PER_SECOND = 100;
    private static final double CHECKLIST_CONCURRENT_FACTOR_MAX = 4;
    private static final double MIXED_DASHBOARD_P50_MAX_MS = 500;
    private static final long STARTUP_MAX_MILLIS = 4_000;

    private final int clients;
    private final int mixedClients;
    private final Map<String, Recorder.Summary> single = new LinkedHashMap<>();
    private final Map<String, Recorder.Summary> oneAtATime = new LinkedHashMap<>();
    private final long startupMillis;
    private final Map<String, String> paths = new LinkedHashMap<>();
    private List<Recorder.Summary> mixed;
    private double mixedSeconds;
    private final List<String> verdicts = new ArrayList<>();

    private final String sizes;

    /** @param startupMillis start-up to the first answered request on the warm data directory; -1 if not measured */
    LoadReport(int clients, int mixedClients, long startupMillis, String sizes) {
        this.clients = clients;
        this.startupMillis = startupMillis;
        this.sizes = sizes;
        this.mixedClients = mixedClients;
    }

    void single(LoadCommand.Target target, Recorder.Summary summary) {
        single.put(target.name(), summary);
        paths.put(target.name(), target.path());
    }

    void oneAtATime(Recorder.Summary summary) {
        oneAtATime.put(summary.name(), summary);
    }

    void mixed(List<Recorder.Summary> summaries, double seconds) {
        this.mixed = summaries;
        this.mixedSeconds = seconds;
    }

    boolean allPassed() {
        String text = text();
        return verdicts.stream().allMatch(v -> v.startsWith("PASS"))
                && !text.contains("\n  FAIL")
                && !text.contains("\n  UNKNOWN");
    }

    String text() {
        StringBuilder out = new StringBuilder();
        out.append(sizes).append("\n\n");
        double health = healthPerSecond();
        out.append(String.format(
                Locale.ROOT,
                "Each target alone, %d concurrent clients (ratio = its req/s over /q/health/live's, mean of the"
                        + " first and last health runs: %.1f req/s)%n%n",
                clients,
                health));
        out.append(String.format(
                Locale.ROOT,
                "| %-34s | %8s | %7s | %8s | %8s | %11s | %11s | %9s | %8s | %6s |%n",
                "target",
                "req/s",
                "ratio",
                "p50 ms",
                "p99 ms",
                "server p50",
                "server p99",
                "SQL stmts",
                "requests",
                "errors"));
        out.append("|")
                .append("-".repeat(36))
                .append("|---------:|--------:|---------:|---------:|------------:|")
                .append("------------:|----------:|---------:|-------:|\n");
        single.values().forEach(s -> out.append(row(s, health)));
        out.append('\n');
        single.forEach((name, s) -> {
            if (!s.errorKinds().isEmpty()) {
                out.append("  errors of ")
                        .append(name)
                        .append(": ")
                        .append(s.errorKinds())
                        .append('\n');
            }
        });
        if (!oneAtATime.isEmpty()) {
            out.append("One client at a time\n\n");
            out.append("| page | p50 ms | p99 ms | server p50 | requests |\n|---|---:|---:|---:|---:|\n");
            oneAtATime
                    .values()
                    .forEach(s -> out.append(String.format(
                            Locale.ROOT,
                            "| %s | %.1f | %.1f | %s | %d |%n",
                            s.name(),
                            s.p50Millis(),
                            s.p99Millis(),
                            s.hasServerTiming() ? String.format(Locale.ROOT, "%.1f", s.serverP50Millis()) : "n/a",
                            s.requests())));
            out.append('\n');
        }
        single.values().stream()
                .filter(s -> !s.reportCache().isEmpty())
                .forEach(s -> out.append("  report cache of ")
                        .append(s.name())
                        .append(": ")
                        .append(s.reportCache())
                        .append('\n'));
        if (startupMillis >= 0) {
            out.append(String.format(
                    Locale.ROOT,
                    "%nStart-up to the first answered request (warm data directory): %,d ms%n",
                    startupMillis));
        }
        if (mixed != null) {
            out.append(String.format(
                    Locale.ROOT, "Mixed read/write, %d concurrent clients for %.0f s%n%n", mixedClients, mixedSeconds));
            out.append(String.format(
                    Locale.ROOT,
                    "| %-34s | %8s | %7s | %8s | %8s | %11s | %11s | %9s | %8s | %6s |%n",
                    "operation",
                    "req/s",
                    "",
                    "p50 ms",
                    "p99 ms",
                    "server p50",
                    "server p99",
                    "SQL stmts",
                    "requests",
                    "errors"));
            out.append("|")
                    .append("-".repeat(36))
                    .append("|---------:|--------:|---------:|---------:|------------:|")
                    .append("------------:|----------:|---------:|-------:|\n");
            long requests = 0;
            long errors = 0;
            for (Recorder.Summary s : mixed) {
                out.append(row(s, Double.NaN));
                requests += s.requests();
                errors += s.errors();
            }
            out.append(String.format(
                    Locale.ROOT,
                    "%nMixed phase total: %,d requests (%.1f req/s), %d errors%n",
                    requests,
                    requests / mixedSeconds,
                    errors));
            for (Recorder.Summary s : mixed) {
                if (!s.errorKinds().isEmpty()) {
                    out.append("  errors of ")
                            .append(s.name())
                            .append(": ")
                            .append(s.errorKinds())
                            .append('\n');
                }
            }
        }
        out.append("\nTargets (issue 8)\n");
        verdicts.clear();
        serverTimeTarget(LoadCommand.Target.LARGE_PAGE);
        serverTimeTarget(LoadCommand.Target.LARGE_CHECKLIST);
        statementsTarget(LoadCommand.Target.SMALL_PAGE, LoadCommand.Target.LARGE_PAGE);
        statementsTarget(LoadCommand.Target.SMALL_CHECKLIST, LoadCommand.Target.LARGE_CHECKLIST);
        Recorder.Summary dashboard = single.get(LoadCommand.Target.DASHBOARD);
        double ratio = dashboard.perSecond() / health;
        verdict(
                ratio >= DASHBOARD_RATIO_MIN,
                String.format(
                        Locale.ROOT, "dashboard throughput %.1f%% of /q/health/live (target >= 25%%)", 100 * ratio));
        long singleErrors =
                single.values().stream().mapToLong(Recorder.Summary::errors).sum();
        verdict(singleErrors == 0, "no errors while measuring each target alone (" + singleErrors + ")");
        if (mixed != null) {
            long errors = mixed.stream().mapToLong(Recorder.Summary::errors).sum();
            verdict(errors == 0, "no errors in the mixed read/write phase (" + errors + ")");
        } else {
            verdicts.add("UNKNOWN  mixed read/write phase not run (--mixed-seconds 0)");
        }
        verdicts.forEach(v -> out.append("  ").append(v).append('\n'));
        out.append("\nTargets (issue 14)\n");
        verdicts14(health).forEach(v -> out.append("  ").append(v).append('\n'));
        return out.toString();
    }

    private List<String> verdicts14(double health) {
        List<String> lines = new ArrayList<>();
        Recorder.Summary checklistAlone = oneAtATime.get(LoadCommand.Target.LARGE_CHECKLIST);
        Recorder.Summary checklist = single.get(LoadCommand.Target.LARGE_CHECKLIST);
        if (checklistAlone == null || !checklistAlone.hasServerTiming()) {
            lines.add("UNKNOWN  checklist HTML, large, one at a time: not measured with server timing");
        } else {
            lines.add(line(
                    checklistAlone.serverP50Millis() < SERVER_P50_LIMIT_MS,
                    "checklist HTML, large, one at a time: server p50 %.1f ms (target < 150 ms)",
                    checklistAlone.serverP50Millis()));
            double factor = checklist.p50Millis() / checklistAlone.p50Millis();
            lines.add(line(
                    factor <= CHECKLIST_CONCURRENT_FACTOR_MAX,
                    "checklist HTML, large, %d clients: p50 %.1f ms = %.1f× one at a time (%.1f ms; target <= 4×)",
                    clients,
                    checklist.p50Millis(),
                    factor,
                    checklistAlone.p50Millis()));
        }
        double dashboard = single.get(LoadCommand.Target.DASHBOARD).perSecond() / health;
        lines.add(line(
                dashboard >= DASHBOARD_RATIO_MIN_14,
                "dashboard throughput %.1f%% of /q/health/live (target >= 50%%)",
                100 * dashboard));
        double largePage = single.get(LoadCommand.Target.LARGE_PAGE).perSecond();
        lines.add(line(
                largePage >= LARGE_PAGE_MIN_PER_SECOND,
                "production page, 1,000 cues, %d clients: %.1f req/s (target >= 100)",
                clients,
                largePage));
        Recorder.Summary fresh = single.get(LoadCommand.Target.LARGE_PDF_AFTER_CHANGE);
        if (fresh.reportCache().isEmpty()) {
            lines.add("UNKNOWN  checklist PDF after a change: the server sent no X-Report-Cache header");
        } else {
            lines.add(line(
                    fresh.renderings() == 1,
                    "checklist PDF, large, just changed, %d clients: rendered %d time(s) for %d requests (target 1)",
                    clients,
                    fresh.renderings(),
                    fresh.requests()));
        }
        Recorder.Summary mixedDashboard = mixed == null
                ? null
                : mixed.stream()
                        .filter(s -> s.name().equals("mixed: dashboard"))
                        .findFirst()
                        .orElse(null);
        if (mixedDashboard == null) {
            lines.add("UNKNOWN  dashboard p50 in the mixed phase: not run");
        } else {
            lines.add(line(
                    mixedDashboard.p50Millis() < MIXED_DASHBOARD_P50_MAX_MS,
                    "dashboard p50 in the mixed phase: %.1f ms (target < 500 ms)",
                    mixedDashboard.p50Millis()));
        }
        if (startupMillis < 0) {
            lines.add("UNKNOWN  start-up: not measured (run through bench/load)");
        } else {
            lines.add(line(
                    startupMillis < STARTUP_MAX_MILLIS,
                    "start-up to the first answered request on a warm data directory: %,d ms (target < 4,000 ms)",
                    startupMillis));
        }
        return lines;
    }

    private static String line(boolean pass, String format, Object... values) {
        return (pass ? "PASS     " : "FAIL     ") + String.format(Locale.ROOT, format, values);
    }

    private void serverTimeTarget(String name) {
        Recorder.Summary s = single.get(name);
        if (!s.hasServerTiming()) {
            verdicts.add(String.format(
                    Locale.ROOT,
                    "UNKNOWN  %s: server time p50 n/a (no Server-Timing header; client p50 %.0f ms)",
                    name,
                    s.p50Millis()));
            return;
        }
        verdict(
                s.serverP50Millis() < SERVER_P50_LIMIT_MS,
                String.format(Locale.ROOT, "%s: server time p50 %.1f ms (target < 150 ms)", name, s.serverP50Millis()));
    }

    private void statementsTarget(String smallName, String largeName) {
        Recorder.Summary small = single.get(smallName);
        Recorder.Summary large = single.get(largeName);
        if (!small.hasStatements() || !large.hasStatements()) {
            verdicts.add("UNKNOWN  SQL statements per page, " + smallName + " vs " + largeName
                    + ": n/a (no X-Sql-Statements header)");
            return;
        }
        verdict(
                small.statementsMedian() == large.statementsMedian(),
                String.format(
                        Locale.ROOT,
                        "SQL statements per page equal for %s and %s: %d vs %d",
                        smallName,
                        largeName,
                        small.statementsMedian(),
                        large.statementsMedian()));
    }

    private void verdict(boolean pass, String text) {
        verdicts.add((pass ? "PASS     " : "FAIL     ") + text);
    }

    private double healthPerSecond() {
        Recorder.Summary first = single.get(LoadCommand.Target.HEALTH);
        Recorder.Summary last = single.get(LoadCommand.Target.HEALTH_AGAIN);
        return last == null ? first.perSecond() : (first.perSecond() + last.perSecond()) / 2;
    }

    private static String row(Recorder.Summary s, double health) {
        return String.format(
                Locale.ROOT,
                "| %-34s | %8.1f | %7s | %8.1f | %8.1f | %11s | %11s | %9s | %8d | %6d |%n",
                s.name(),
                s.perSecond(),
                Double.isNaN(health) ? "" : String.format(Locale.ROOT, "%.3f", s.perSecond() / health),
                s.p50Millis(),
                s.p99Millis(),
                s.hasServerTiming() ? String.format(Locale.ROOT, "%.1f", s.serverP50Millis()) : "n/a",
                s.hasServerTiming() ? String.format(Locale.ROOT, "%.1f", s.serverP99Millis()) : "n/a",
                s.hasStatements()
                        ? (s.statementsMedian() == s.statementsMax()
                                ? Integer.toString(s.statementsMedian())
                                : s.statementsMedian() + " (max " + s.statementsMax() + ")")
                        : "n/a",
                s.requests(),
                s.errors());
    }
}
