package io.mercato.platform.api;

import java.util.Objects;

/** The authenticated person (or system job) on whose behalf a state change is made; recorded in the audit trail. */
public record Actor(String username) {
    public static final Actor SYSTEM = new Actor("system");

    public Actor {
        Objects.requireNonNull(username, "username");
        if (username.isBlank()) {
            throw new IllegalArgumentException("actor username must not be blank");
        }
    }
}
