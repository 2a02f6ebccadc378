package org.rightstracker.bench.load;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Collects what one measured target did: latencies, the server's own timings and statement counts
 * when it reports them, and errors with a few examples of what went wrong. Thread-safe.
 */
final class Recorder {

    /** The figures of one target. Server figures are NaN / -1 when the server sent no metrics. */
    record Summary(
            String name,
            long requests,
            long errors,
            double seconds,
            double perSecond,
            double p50Millis,
            double p99Millis,
            double serverP50Millis,
            double serverP99Millis,
            int statementsMedian,
            int statementsMax,
            Map<String, Long> errorKinds,
            Map<String, Long> reportCache) {

        /** How many answers were rendered for their request (a cached report's "miss"). */
        long renderings() {
            return reportCache.getOrDefault("miss", 0L);
        }

        boolean hasServerTiming() {
            return !Double.isNaN(serverP50Millis);
        }

        boolean hasStatements() {
            return statementsMedian >= 0;
        }
    }

    private final String name;
    private final List<Long> latencies = new ArrayList<>();
    private final List<Double> serverMillis = new ArrayList<>();
    private final List<Integer> statements = new ArrayList<>();
    private final Map<String, Long> errorKinds = new TreeMap<>();
    private final Map<String, Long> reportCache = new TreeMap<>();
    private long errors;

    Recorder(String name) {
        this.name = name;
    }

    synchronized void success(long nanos, HttpSession.Reply reply) {
        latencies.add(nanos);
        reply.serverMillis().ifPresent(serverMillis::add);
        reply.statements().ifPresent(statements::add);
        if (reply.reportCache() != null) {
            reportCache.merge(reply.reportCache(), 1L, Long::sum);
        }
    }

    /** A request that failed: {@code kind} says how ("HTTP 500", "IOException: ..."). */
    synchronized void error(long nanos, String kind) {
        latencies.add(nanos);
        errors++;
        errorKinds.merge(kind, 1L, Long::sum);
    }

    synchronized Summary summary(double seconds) {
        long[] sorted = latencies.stream().mapToLong(Long::longValue).sorted().toArray();
        double[] server =
                serverMillis.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        int[] counts = statements.stream().mapToInt(Integer::intValue).sorted().toArray();
        return new Summary(
                name,
                sorted.length,
                errors,
                seconds,
                sorted.length / seconds,
                percentile(sorted, 50) / 1e6,
                percentile(sorted, 99) / 1e6,
                server.length == 0 ? Double.NaN : percentile(server, 50),
                server.length == 0 ? Double.NaN : percentile(server, 99),
                counts.length == 0 ? -1 : counts[(counts.length - 1) / 2],
                counts.length == 0 ? -1 : Arrays.stream(counts).max().getAsInt(),
                Map.copyOf(errorKinds),
                Map.copyOf(reportCache));
    }

    // Nearest-rank percentile.
    private static double percentile(long[] sorted, int p) {
        if (sorted.length == 0) {
            return Double.NaN;
        }
        int rank = (int) Math.ceil(p / 100.0 * sorted.length);
        return sorted[Math.max(0, rank - 1)];
    }

    private static double percentile(double[] sorted, int p) {
        int rank = (int) Math.ceil(p / 100.0 * sorted.length);
        return sorted[Math.max(0, rank - 1)];
    }
}
