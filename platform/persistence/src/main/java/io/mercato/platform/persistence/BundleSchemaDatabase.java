package io.mercato.platform.persistence;

import io.mercato.platform.api.persistence.SchemaDatabase;
import io.mercato.platform.api.persistence.Transactions;
import io.mercato.platform.api.settings.SettingsDefinition;
import io.mercato.platform.api.settings.SettingsDocument;
import io.mercato.platform.api.settings.VersionedSettings;
import javax.sql.DataSource;

/** The migrated schema of one bundle, handed to that bundle's components as a service. */
final class BundleSchemaDatabase implements SchemaDatabase {
    private final String schema;
    private final DataSource dataSource;
    private final ClassLoader bundleLoader;
    private final AuditWriter audit;
    private final OutboxWriter outbox;

    BundleSchemaDatabase(String schema, DataSource dataSource, ClassLoader bundleLoader, AuditWriter audit, OutboxWriter outbox) {
        this.schema = schema;
        this.dataSource = dataSource;
        this.bundleLoader = bundleLoader;
        this.audit = audit;
        this.outbox = outbox;
    }

    @Override
    public String schema() {
        return schema;
    }

    @Override
    public DataSource dataSource() {
        return dataSource;
    }

    @Override
    public Transactions transactions(Class<?>... mapperTypes) {
        return new MyBatisTransactions(MyBatisSessions.forMappers(dataSource, bundleLoader, mapperTypes), audit, outbox);
    }

    @Override
    public <T extends SettingsDocument<T>> VersionedSettings<T> settings(SettingsDefinition<T> definition) {
        return new JdbcVersionedSettings<>(schema, definition, transactions());
    }
}
