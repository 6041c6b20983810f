package io.mercato.warehouse.impl.imports;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/** Rows loaded so far by the jobs running here; the database learns the count only when a job commits. */
final class ImportProgress {
    private final Map<Long, AtomicLong> running = new ConcurrentHashMap<>();

    AtomicLong start(long jobId) {
        AtomicLong counter = new AtomicLong();
        running.put(jobId, counter);
        return counter;
    }

    void end(long jobId) {
        running.remove(jobId);
    }

    boolean isRunning(long jobId) {
        return running.containsKey(jobId);
    }

    Optional<Long> processed(long jobId) {
        AtomicLong counter = running.get(jobId);
        return counter == null ? Optional.empty() : Optional.of(counter.get());
    }
}
