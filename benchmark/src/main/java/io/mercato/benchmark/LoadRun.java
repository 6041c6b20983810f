package io.mercato.benchmark;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.LongAdder;

/** Runs one operation from N clients in a closed loop for a fixed time; returns successes per second. */
final class LoadRun {
    interface Operation {
        boolean run(int client, long sequence) throws Exception;
    }

    private final int clients;
    private final Duration duration;

    LoadRun(int clients, Duration duration) {
        this.clients = clients;
        this.duration = duration;
    }

    double run(Operation operation) throws Exception {
        return run(operation, null);
    }

    /** As {@link #run(Operation)}, handing each call's duration in nanoseconds to {@code latencies} (called concurrently). */
    double run(Operation operation, java.util.function.LongConsumer latencies) throws Exception {
        LongAdder done = new LongAdder();
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        long end = System.nanoTime() + duration.toNanos();
        long started = System.nanoTime();
        List<Future<?>> workers = new ArrayList<>();
        for (int i = 0; i < clients; i++) {
            int client = i;
            workers.add(pool.submit(() -> {
                for (long n = 0; System.nanoTime() < end; n++) {
                    long callStarted = System.nanoTime();
                    if (operation.run(client, n)) {
                        done.increment();
                    }
                    if (latencies != null) {
                        latencies.accept(System.nanoTime() - callStarted);
                    }
                }
                return null;
            }));
        }
        for (Future<?> worker : workers) {
            worker.get();
        }
        pool.shutdown();
        return done.sum() / ((System.nanoTime() - started) / 1e9);
    }
}
