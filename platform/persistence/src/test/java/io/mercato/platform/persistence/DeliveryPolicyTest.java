package io.mercato.platform.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.mercato.platform.persistence.DeliveryPolicy.Outcome;
import io.mercato.platform.persistence.DeliveryPolicy.State;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class DeliveryPolicyTest {
    private static final DeliveryPolicy POLICY = DeliveryPolicy.DEFAULT;

    @Test
    void aDeliveryThatWorksIsDoneAndCountsItsAttempt() {
        Outcome outcome = POLICY.delivered(2);
        assertEquals(State.DELIVERED, outcome.state());
        assertEquals(3, outcome.attempts());
        assertNull(outcome.retryIn());
    }

    @Test
    void failuresAreRetriedWithABackOffThatDoublesUpToTenMinutes() {
        assertEquals(new Outcome(State.PENDING, 1, Duration.ofSeconds(1)), POLICY.failed(0));
        assertEquals(new Outcome(State.PENDING, 2, Duration.ofSeconds(2)), POLICY.failed(1));
        assertEquals(new Outcome(State.PENDING, 5, Duration.ofSeconds(16)), POLICY.failed(4));
        assertEquals(Duration.ofSeconds(512), POLICY.backOff(10));
        assertEquals(Duration.ofMinutes(10), POLICY.backOff(11));
        assertEquals(Duration.ofMinutes(10), POLICY.backOff(64));
    }

    @Test
    void theLastFailedAttemptParksTheDelivery() {
        Outcome last = POLICY.failed(POLICY.maxAttempts() - 1);
        assertEquals(State.PARKED, last.state());
        assertEquals(POLICY.maxAttempts(), last.attempts());
        assertEquals(State.PENDING, POLICY.failed(POLICY.maxAttempts() - 2).state());
    }

    @Test
    void onlyAParkedDeliveryIsRetriedByHandAndStartsAfresh() {
        assertEquals(new Outcome(State.PENDING, 0, Duration.ZERO), POLICY.retried(State.PARKED));
        assertThrows(IllegalStateException.class, () -> POLICY.retried(State.PENDING));
        assertThrows(IllegalStateException.class, () -> POLICY.retried(State.DELIVERED));
    }

    @Test
    void aParkedDeliveryTakesAboutHalfAnHourOfAttempts() {
        Duration waited = Duration.ZERO;
        for (int attempts = 0; attempts < POLICY.maxAttempts() - 1; attempts++) {
            waited = waited.plus(POLICY.failed(attempts).retryIn());
        }
        assertEquals(Duration.ofSeconds(1 + 2 + 4 + 8 + 16 + 32 + 64 + 128 + 256 + 512 + 600), waited);
    }
}
