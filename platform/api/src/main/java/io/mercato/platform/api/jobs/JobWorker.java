package io.mercato.platform.api.jobs;

import io.mercato.platform.api.DaemonThreads;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.BiConsumer;
import java.util.function.LongConsumer;
import java.util.function.Supplier;

/**
 * Runs a department's open jobs in the background: every {@code every} (and soon after {@link #wake()}) it asks for the
 * ids of open jobs and runs each one not already running here, on at most {@code threads} threads. A job that throws
 * stays open and is run again at a later look (the job itself decides when to give up), unless the worker is stopping.
 * Make one in the component's activation and {@link #close()} it in its deactivation.
 */
public final class JobWorker implements AutoCloseable {
    private static final Duration STOP_WAIT = Duration.ofSeconds(20);
    private final ScheduledExecutorService threads;
    private final Supplier<List<Long>> openJobs;
    private final LongConsumer run;
    private final BiConsumer<Long, RuntimeException> failed;
    private final Set<Long> running = ConcurrentHashMap.newKeySet();
    private volatile boolean stopping;

    /**
     * @param name     the threads' name, e.g. {@code mercato-warehouse-import}
     * @param openJobs the ids of the jobs waiting or cut off, oldest first (read from the department's job table)
     * @param run      runs one job to its end; it claims the job itself so that only one node runs it
     * @param failed   told of a job that threw (to log it); called with {@code null} as id when looking failed
     */
    public JobWorker(String name, int threads, Duration every, Supplier<List<Long>> openJobs, LongConsumer run,
                     BiConsumer<Long, RuntimeException> failed) {
        this.threads = Executors.newScheduledThreadPool(threads, DaemonThreads.named(name));
        this.openJobs = openJobs;
        this.run = run;
        this.failed = failed;
        this.threads.scheduleWithFixedDelay(this::startOpenJobs, every.toMillis(), every.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** Looks for open jobs in a moment (after a job was submitted), not only at the next regular look. */
    public void wake() {
        if (!stopping) {
            threads.schedule(this::startOpenJobs, 100, TimeUnit.MILLISECONDS);
        }
    }

    /** True once {@link #close()} began: a long job checks it between its steps and gives up (it runs again later). */
    public boolean stopping() {
        return stopping;
    }

    /** Stops looking and waits up to 20 s for the jobs running; a job cut off stays open and runs again later. */
    @Override
    public void close() throws InterruptedException {
        stopping = true;
        threads.shutdown();
        if (!threads.awaitTermination(STOP_WAIT.toSeconds(), TimeUnit.SECONDS)) {
            threads.shutdownNow();
        }
    }

    private void startOpenJobs() {
        if (stopping) {
            return;
        }
        try {
            for (long id : openJobs.get()) {
                if (running.add(id)) {
                    threads.execute(() -> runOne(id));
                }
            }
        } catch (RuntimeException e) {
            failed.accept(null, e);
        }
    }

    private void runOne(long id) {
        try {
            if (!stopping) {
                run.accept(id);
            }
        } catch (RuntimeException e) {
            failed.accept(id, e);
        } finally {
            running.remove(id);
        }
    }
}
