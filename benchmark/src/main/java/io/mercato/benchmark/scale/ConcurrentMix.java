package io.mercato.benchmark.scale;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A busy hour in miniature: staff at {@code clients} screens calling the list and search endpoints at random, while
 * one exports the whole stock over and over and another plans rebalancing over and over. Shows what the heap needs with
 * everything at once, and that lists stay fast meanwhile.
 */
public final class ConcurrentMix {
    private final ScaleContext context;
    private final List<Probe> lists;
    private final List<Probe> heavy;

    ConcurrentMix(ScaleContext context, List<Probe> probes) {
        this.context = context;
        this.lists = probes.stream().filter(p -> p.targetMillis() <= Probe.LIST_TARGET).toList();
        this.heavy = probes.stream().filter(p -> p.targetMillis() > Probe.LIST_TARGET).toList();
    }

    /** What the mix measured. */
    public record Result(int clients, Duration duration, long calls, int failures, double p50, double p95, long heavyRuns, String heavyFailures) {
        String describe() {
            return String.format("%d clients on lists and searches for %d s, with the exports and the rebalancing plan running "
                    + "alongside (%d heavy runs): %,d calls, %.0f calls/s, p50 %.0f ms, p95 %.0f ms, %d failed%s", clients,
                    duration.toSeconds(), heavyRuns, calls, calls / (double) duration.toSeconds(), p50, p95, failures,
                    heavyFailures.isEmpty() ? "" : "; heavy failures: " + heavyFailures);
        }
    }

    Result run(int clients, Duration duration) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(clients + heavy.size());
        long deadline = System.nanoTime() + duration.toNanos();
        ConcurrentLinkedQueue<Double> millis = new ConcurrentLinkedQueue<>();
        AtomicInteger failures = new AtomicInteger();
        AtomicLong heavyRuns = new AtomicLong();
        ConcurrentLinkedQueue<String> heavyFailures = new ConcurrentLinkedQueue<>();
        List<Future<?>> running = new ArrayList<>();
        for (int client = 0; client < clients; client++) {
            Random random = new Random(client);
            running.add(pool.submit(() -> {
                while (System.nanoTime() < deadline) {
                    Probe probe = lists.get(random.nextInt(lists.size()));
                    long started = System.nanoTime();
                    int status = context.http().json("GET", probe.path().apply(random.nextInt(1000)), null, context.adminToken()).status();
                    millis.add((System.nanoTime() - started) / 1e6);
                    if (status != 200) {
                        failures.incrementAndGet();
                    }
                }
            }));
        }
        for (Probe probe : heavy) {
            running.add(pool.submit(() -> {
                int run = 0;
                while (System.nanoTime() < deadline) {
                    long[] answer = context.http().download(probe.path().apply(run++), context.adminToken());
                    heavyRuns.incrementAndGet();
                    if (answer[0] != 200) {
                        heavyFailures.add(probe.name() + " → " + answer[0]);
                    }
                }
            }));
        }
        for (Future<?> each : running) {
            each.get(duration.toSeconds() + 600, TimeUnit.SECONDS);
        }
        pool.shutdown();
        double[] sorted = millis.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        return new Result(clients, duration, sorted.length, failures.get(), ScaleBenchmark.percentile(sorted, 50),
                ScaleBenchmark.percentile(sorted, 95), heavyRuns.get(), String.join(", ", heavyFailures));
    }
}
