package org.rightstracker.bench.load;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

/**
 * Closed-loop load: {@code clients} threads each send a request, wait for the answer and send the
 * next, until the time is up. Throughput is what the server sustains at that concurrency.
 */
final class ClosedLoop {

    /** What one client does once; it records its own outcome. {@code client} is 0..clients-1. */
    interface Step {
        void run(int client, long iteration) throws Exception;
    }

    private ClosedLoop() {}

    /** Runs the step until {@code seconds} have passed; returns the seconds actually taken. */
    static double run(int clients, double seconds, Step step) throws InterruptedException {
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        long start = System.nanoTime();
        long deadline = start + (long) (seconds * 1e9);
        List<Future<?>> running = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            int client = c;
            running.add(pool.submit(() -> {
                for (long i = 0; System.nanoTime() < deadline; i++) {
                    step.run(client, i);
                }
                return null;
            }));
        }
        pool.shutdown();
        for (Future<?> future : running) {
            try {
                future.get();
            } catch (java.util.concurrent.ExecutionException e) {
                throw new IllegalStateException("a load client stopped", e.getCause());
            }
        }
        pool.awaitTermination(1, TimeUnit.MINUTES);
        return (System.nanoTime() - start) / 1e9;
    }
}
