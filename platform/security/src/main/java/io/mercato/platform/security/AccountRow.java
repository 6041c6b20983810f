package io.mercato.platform.security;

import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;

/** One row of {@code security.account}; {@code locked} is computed by the database against its own clock. */
public record AccountRow(String username, String displayName, String passwordHash, String roles, boolean enabled, boolean locked) {
    /** May log in: enabled and not locked. */
    boolean usable() {
        return enabled && !locked;
    }

    Set<String> roleSet() {
        return parseRoles(roles);
    }

    /** Roles are stored comma-separated: {@code admin,staff}. */
    static Set<String> parseRoles(String roles) {
        return Arrays.stream(roles.split(",")).map(String::trim).filter(role -> !role.isEmpty())
                .collect(Collectors.toUnmodifiableSet());
    }
}
