package io.mercato.platform.api.persistence;

import javax.sql.DataSource;
import org.osgi.annotation.versioning.ProviderType;

/**
 * Registered by the platform for a bundle once that bundle's schema is migrated, under the bundle's own
 * context with the service property {@value #SCHEMA_PROPERTY}. Bundles declare their schema with the
 * manifest header {@value #SCHEMA_HEADER} and keep Flyway migrations in {@code db/migration/<schema>}.
 */
@ProviderType
public interface SchemaDatabase {
    String SCHEMA_HEADER = "Mercato-Schema";
    String SCHEMA_PROPERTY = "mercato.schema";

    String schema();

    DataSource dataSource();

    /** Builds transactions over the given mapper interfaces (their XML next to them), loaded by their bundle. */
    Transactions transactions(Class<?>... mapperTypes);

    /** A versioned settings document kept in a table of this schema (see {@link io.mercato.platform.api.settings.SettingsDefinition}). */
    <T extends io.mercato.platform.api.settings.SettingsDocument<T>> io.mercato.platform.api.settings.VersionedSettings<T> settings(
            io.mercato.platform.api.settings.SettingsDefinition<T> definition);
}
