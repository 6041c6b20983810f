package io.mercato.platform.persistence;

import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * Applies the versioned, checksummed Flyway migrations of one schema. Flyway holds a PostgreSQL advisory
 * lock while migrating, so two nodes starting at once apply each migration exactly once.
 * <p>Migrations commit without waiting for the disk ({@code synchronous_commit = off} on their own connections): a
 * first boot creates some hundred tables, each commit otherwise a flush. It loses nothing that was acknowledged: a crash
 * can only lose the last migrations' commits as a whole, which Flyway applies again at the next start, and the WAL is
 * written in order, so a department's first acknowledged write (a normal, waiting commit) makes its migrations durable too.
 */
final class SchemaMigrator {
    private final DataSource dataSource;

    SchemaMigrator(DataSource dataSource) {
        this.dataSource = new NoWaitForDisk(dataSource);
    }

    /** The given data source, each connection set not to wait for the disk at commit. */
    private static final class NoWaitForDisk implements DataSource {
        private final DataSource delegate;

        NoWaitForDisk(DataSource delegate) {
            this.delegate = delegate;
        }

        @Override
        public java.sql.Connection getConnection() throws java.sql.SQLException {
            return set(delegate.getConnection());
        }

        @Override
        public java.sql.Connection getConnection(String user, String password) throws java.sql.SQLException {
            return set(delegate.getConnection(user, password));
        }

        private static java.sql.Connection set(java.sql.Connection connection) throws java.sql.SQLException {
            try (java.sql.Statement statement = connection.createStatement()) {
                statement.execute("SET synchronous_commit TO off");
            } catch (java.sql.SQLException e) {
                connection.close();
                throw e;
            }
            return connection;
        }

        @Override
        public java.io.PrintWriter getLogWriter() throws java.sql.SQLException {
            return delegate.getLogWriter();
        }

        @Override
        public void setLogWriter(java.io.PrintWriter out) throws java.sql.SQLException {
            delegate.setLogWriter(out);
        }

        @Override
        public void setLoginTimeout(int seconds) throws java.sql.SQLException {
            delegate.setLoginTimeout(seconds);
        }

        @Override
        public int getLoginTimeout() throws java.sql.SQLException {
            return delegate.getLoginTimeout();
        }

        @Override
        public java.util.logging.Logger getParentLogger() throws java.sql.SQLFeatureNotSupportedException {
            return delegate.getParentLogger();
        }

        @Override
        public <T> T unwrap(Class<T> type) throws java.sql.SQLException {
            return type.isInstance(delegate) ? type.cast(delegate) : delegate.unwrap(type);
        }

        @Override
        public boolean isWrapperFor(Class<?> type) throws java.sql.SQLException {
            return type.isInstance(delegate) || delegate.isWrapperFor(type);
        }
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
