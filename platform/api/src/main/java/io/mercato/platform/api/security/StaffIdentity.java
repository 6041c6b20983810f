package io.mercato.platform.api.security;

import java.util.Set;

/** Who is calling, once authenticated: the account's user name and its roles ({@code admin}, {@code staff}). */
public record StaffIdentity(String username, Set<String> roles) {
    public StaffIdentity {
        roles = Set.copyOf(roles);
    }
}
