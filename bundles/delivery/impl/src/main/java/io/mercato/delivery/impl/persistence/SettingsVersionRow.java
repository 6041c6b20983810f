package io.mercato.delivery.impl.persistence;

import java.time.Instant;

/** One version of a versioned settings document (risk rules, delivery standards); {@code settings} is JSON text. */
public record SettingsVersionRow(int version, String settings, String note, String createdBy, Instant createdAt) {
}
