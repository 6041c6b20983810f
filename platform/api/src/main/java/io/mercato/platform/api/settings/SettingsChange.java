package io.mercato.platform.api.settings;

/** What a new version is made of: the settings (fields left out take the defaults) and why (optional, 500 characters). */
public record SettingsChange<T>(T settings, String note) {
}
