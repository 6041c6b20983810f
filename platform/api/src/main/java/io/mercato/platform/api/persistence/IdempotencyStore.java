package io.mercato.platform.api.persistence;

import org.osgi.annotation.versioning.ProviderType;

/**
 * Makes a retried POST return the first answer instead of doing the work twice. The key, the work and the
 * stored answer commit in one database transaction: {@link #begin} opens it on the calling thread and every
 * {@link Transactions} call on that thread joins it until the request ends, so a crash at any point leaves either
 * all of them or none. A retry arriving while the first attempt still runs waits for it, then replays its answer.
 */
@ProviderType
public interface IdempotencyStore {
    /** Begins the request with this key on the calling thread; close the returned request when it is answered. */
    IdempotentRequest begin(String owner, String key, String fingerprint);

    enum Outcome {
        /** First time: do the work, then {@link IdempotentRequest#complete}. */
        NEW,
        /** Done before: answer with {@link IdempotentRequest#storedResponse()}. */
        REPLAY,
        /** Another attempt with this key is still running and did not finish in time. */
        IN_PROGRESS,
        /** The key was used before for a different request. */
        MISMATCH
    }

    record StoredResponse(int status, String contentType, String body) {
    }

    /** One request carrying an idempotency key, bound to the thread that began it. */
    @ProviderType
    interface IdempotentRequest extends AutoCloseable {
        Outcome outcome();

        /** The first answer, for {@link Outcome#REPLAY}; null otherwise. */
        StoredResponse storedResponse();

        /** Stores the answer and commits it together with everything the request changed. */
        void complete(StoredResponse response);

        /** Ends the request: unless completed, everything it changed is rolled back and the key stays free. */
        @Override
        void close();
    }
}
