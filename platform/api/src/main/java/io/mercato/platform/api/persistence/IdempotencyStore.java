package io.mercato.platform.api.persistence;

import org.osgi.annotation.versioning.ProviderType;

/**
 * Remembers the first response to each {@code Idempotency-Key} so that a retried POST returns it again
 * instead of creating something twice.
 */
@ProviderType
public interface IdempotencyStore {
    /** Claims the key for a request with this fingerprint (hash of method, path and body). */
    Claim claim(String owner, String key, String fingerprint);

    /** Stores the response of a claimed key. */
    void complete(String owner, String key, StoredResponse response);

    /** Gives a claimed key up, e.g. after the request failed, so that a retry runs again. */
    void abandon(String owner, String key);

    enum Outcome { NEW, REPLAY, IN_PROGRESS, MISMATCH }

    record StoredResponse(int status, String contentType, String body) {
    }

    record Claim(Outcome outcome, StoredResponse response) {
        public static Claim of(Outcome outcome) {
            return new Claim(outcome, null);
        }
    }
}
