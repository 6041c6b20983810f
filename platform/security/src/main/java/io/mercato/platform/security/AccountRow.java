package io.mercato.platform.security;

/** One row of {@code security.account}. */
public record AccountRow(String username, String displayName, String passwordHash, String roles, boolean enabled, boolean locked) {
}
