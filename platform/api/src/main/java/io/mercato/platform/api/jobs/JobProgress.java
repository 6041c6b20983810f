package io.mercato.platform.api.jobs;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * How far the jobs running on this node are: their phase and the rows done so far. A job's own transaction commits its
 * counts only at the end, so the console's progress bar reads them here while it runs.
 */
public final class JobProgress {
    /** One running job's phase (e.g. CHECKING, APPLYING) and rows done. */
    public static final class Running {
        private final AtomicLong processed = new AtomicLong();
        private volatile String phase;

        Running(String phase) {
            this.phase = phase;
        }

        public void phase(String phase) {
            this.phase = phase;
        }

        public String phase() {
            return phase;
        }

        public void add(long rows) {
            processed.addAndGet(rows);
        }

        public long processed() {
            return processed.get();
        }
    }

    private final Map<Long, Running> running = new ConcurrentHashMap<>();

    /** The job starts running here, in the given phase. */
    public Running start(long id, String phase) {
        Running started = new Running(phase);
        running.put(id, started);
        return started;
    }

    public void end(long id) {
        running.remove(id);
    }

    /** The job's progress if it runs on this node. */
    public Optional<Running> of(long id) {
        return Optional.ofNullable(running.get(id));
    }
}
