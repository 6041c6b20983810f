package io.mercato.platform.api;

import java.util.Objects;

/** The authenticated person (or system job) on whose behalf a state change is made; recorded in the audit trail. */
public record Actor(String username) {
    public static final Actor SYSTEM = new Actor("system");

    /**
     * The user of the Karaf shell that runs the current command (from its JAAS subject), as {@code shell:<name>}; a
     * shell without a logged-in user (the local console) is {@code shell}.
     */
    @SuppressWarnings("removal")
    public static Actor shellUser() {
        javax.security.auth.Subject subject = javax.security.auth.Subject.getSubject(java.security.AccessController.getContext());
        if (subject != null) {
            for (java.security.Principal principal : subject.getPrincipals()) {
                if (principal.getClass().getSimpleName().equals("UserPrincipal")) {
                    return new Actor("shell:" + principal.getName());
                }
            }
        }
        return new Actor("shell");
    }

    public Actor {
        Objects.requireNonNull(username, "username");
        if (username.isBlank()) {
            throw new IllegalArgumentException("actor username must not be blank");
        }
    }
}
