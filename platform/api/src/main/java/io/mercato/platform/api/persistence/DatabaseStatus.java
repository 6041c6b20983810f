package io.mercato.platform.api.persistence;

import java.time.Instant;
import org.osgi.annotation.versioning.ProviderType;

/**
 * Whether the database can be used right now, and why not. Registered by the platform as soon as it starts,
 * before the database is up, so the web layer can answer 503 with the reason instead of 404.
 */
@ProviderType
public interface DatabaseStatus {
    enum State { STARTING, UP, DOWN }

    State state();

    /** Why the database is in this state, for people: "embedded PostgreSQL is recovering after a crash". */
    String detail();

    /** When the state last changed. */
    Instant since();

    default boolean isUp() {
        return state() == State.UP;
    }
}
