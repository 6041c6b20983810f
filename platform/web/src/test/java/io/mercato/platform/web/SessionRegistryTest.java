package io.mercato.platform.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SessionRegistryTest {
    private static final class MovableClock extends Clock {
        Instant now = Instant.parse("2026-11-23T08:00:00Z");

        @Override
        public java.time.ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    private final MovableClock clock = new MovableClock();
    private final SessionRegistry sessions = new SessionRegistry(Duration.ofMinutes(30), clock);
    private final Authenticator.Identity staff = new Authenticator.Identity("li.lei", Set.of("staff"));

    @Test
    void sessionStaysAliveWhileUsed() {
        String token = sessions.open(staff);
        clock.now = clock.now.plus(Duration.ofMinutes(20));
        assertEquals(staff, sessions.find(token).orElseThrow());
        clock.now = clock.now.plus(Duration.ofMinutes(20));
        assertTrue(sessions.find(token).isPresent(), "used 20 minutes ago");
        clock.now = clock.now.plus(Duration.ofMinutes(31));
        assertTrue(sessions.find(token).isEmpty(), "idle too long");
    }

    @Test
    void tokensAreUniqueAndLogoutEndsThem() {
        String first = sessions.open(staff);
        String second = sessions.open(staff);
        assertNotEquals(first, second);
        sessions.close(first);
        assertTrue(sessions.find(first).isEmpty());
        assertTrue(sessions.find(second).isPresent());
        assertTrue(sessions.find(null).isEmpty());
    }
}
