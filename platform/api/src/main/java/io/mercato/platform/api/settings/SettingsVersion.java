package io.mercato.platform.api.settings;

import java.time.Instant;

/** A saved version: its number (1 is the first), the complete settings, the reason given, who saved it and when. */
public record SettingsVersion<T>(int version, T settings, String note, String createdBy, Instant createdAt) {
}
