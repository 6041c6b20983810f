package io.mercato.platform.persistence;

import java.time.Duration;

/**
 * What becomes of an outbox delivery after an attempt: delivered; or retried after a back-off that doubles from the
 * first delay up to the longest; or, after the last allowed attempt, parked until an administrator retries it. By
 * default: from one second up to ten minutes, parked after 12 attempts (about half an hour).
 */
record DeliveryPolicy(int maxAttempts, Duration firstDelay, Duration longestDelay) {
    static final DeliveryPolicy DEFAULT = new DeliveryPolicy(12, Duration.ofSeconds(1), Duration.ofMinutes(10));

    enum State { PENDING, DELIVERED, PARKED }

    /** The delivery's state after an attempt, its attempts so far, and when it is due again (pending only). */
    record Outcome(State state, int attempts, Duration retryIn) {
    }

    Outcome delivered(int attemptsBefore) {
        return new Outcome(State.DELIVERED, attemptsBefore + 1, null);
    }

    Outcome failed(int attemptsBefore) {
        int attempts = attemptsBefore + 1;
        if (attempts >= maxAttempts) {
            return new Outcome(State.PARKED, attempts, null);
        }
        return new Outcome(State.PENDING, attempts, backOff(attempts));
    }

    /** An administrator's retry: due at once, with a fresh set of attempts. */
    Outcome retried(State current) {
        if (current != State.PARKED) {
            throw new IllegalStateException("Only a parked delivery is retried by hand, not a " + current + " one");
        }
        return new Outcome(State.PENDING, 0, Duration.ZERO);
    }

    Duration backOff(int attempts) {
        Duration delay = firstDelay.multipliedBy(1L << Math.min(attempts - 1, 30));
        return delay.compareTo(longestDelay) >= 0 ? longestDelay : delay;
    }
}
