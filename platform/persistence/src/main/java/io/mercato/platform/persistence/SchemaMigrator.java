package io.mercato.platform.persistence;

import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * Applies the versioned, checksummed Flyway migrations of one schema. Flyway holds a PostgreSQL advisory
 * lock while migrating, so two nodes starting at once apply each migration exactly once.
 */
final class SchemaMigrator {
    private final DataSource dataSource;

    SchemaMigrator(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** Migrates {@code schema} from {@code db/migration/<schema>} as seen by the given class loader. */
    MigrateResult migrate(String schema, ClassLoader scripts) {
        ClassLoader previous = Thread.currentThread().getContextClassLoader();
        Thread.currentThread().setContextClassLoader(SchemaMigrator.class.getClassLoader());
        try {
            return Flyway.configure(scripts)
                    .dataSource(dataSource)
                    .schemas(schema)
                    .createSchemas(true)
                    .table("schema_history")
                    .locations("classpath:db/migration/" + schema)
                    .validateOnMigrate(true)
                    .load()
                    .migrate();
        } finally {
            Thread.currentThread().setContextClassLoader(previous);
        }
    }
}
