package io.mercato.platform.api.security;

import java.time.Instant;

/** What staff management shows of a login account: never its password hash. */
public record AccountStatus(String username, String displayName, boolean enabled, Instant lockedUntil) {
    public boolean locked(Instant now) {
        return lockedUntil != null && lockedUntil.isAfter(now);
    }
}
