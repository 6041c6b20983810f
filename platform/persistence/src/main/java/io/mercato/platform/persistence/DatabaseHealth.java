package io.mercato.platform.persistence;

import io.mercato.platform.api.persistence.DatabaseStatus;
import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The database's current state as the runtime sees it; every change is logged once. */
final class DatabaseHealth implements DatabaseStatus {
    private static final Logger LOG = LoggerFactory.getLogger(DatabaseHealth.class);

    private record Snapshot(State state, String detail, Instant since) {
    }

    private volatile Snapshot current = new Snapshot(State.STARTING, "the database layer is starting", Instant.now());

    void set(State state, String detail) {
        Snapshot before = current;
        if (before.state() == state && before.detail().equals(detail)) {
            return;
        }
        current = new Snapshot(state, detail, Instant.now());
        if (state == State.DOWN) {
            LOG.error("Database {}: {}", state, detail);
        } else {
            LOG.info("Database {}: {}", state, detail);
        }
    }

    @Override
    public State state() {
        return current.state();
    }

    @Override
    public String detail() {
        return current.detail();
    }

    @Override
    public Instant since() {
        return current.since();
    }
}
