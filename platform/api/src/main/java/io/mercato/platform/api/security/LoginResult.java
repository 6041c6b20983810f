package io.mercato.platform.api.security;

import java.time.Instant;

/**
 * The answer to a password check. {@link Outcome#THROTTLED} tells that guesses from this address are paused
 * until {@link #retryAfter()}; a wrong password, an unknown name and a locked or disabled account all read
 * {@link Outcome#REJECTED}, so the answer tells a stranger nothing about the account.
 */
public record LoginResult(Outcome outcome, StaffIdentity identity, String sessionToken, Instant retryAfter) {
    public enum Outcome { ACCEPTED, REJECTED, THROTTLED }

    public static LoginResult accepted(StaffIdentity identity, String sessionToken) {
        return new LoginResult(Outcome.ACCEPTED, identity, sessionToken, null);
    }

    public static LoginResult rejected() {
        return new LoginResult(Outcome.REJECTED, null, null, null);
    }

    public static LoginResult throttled(Instant retryAfter) {
        return new LoginResult(Outcome.THROTTLED, null, null, retryAfter);
    }

    public boolean accepted() {
        return outcome == Outcome.ACCEPTED;
    }
}
