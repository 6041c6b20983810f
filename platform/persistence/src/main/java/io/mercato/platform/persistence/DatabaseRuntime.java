package io.mercato.platform.persistence;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import org.postgresql.ds.PGSimpleDataSource;
import io.mercato.platform.api.persistence.AuditLog;
import io.mercato.platform.api.persistence.IdempotencyStore;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Dictionary;
import java.util.Hashtable;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceRegistration;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.metatype.annotations.Designate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Starts the database (embedded or external), migrates the platform schema, then publishes the pool,
 * the idempotency store and the schema extender. All of it runs on one worker thread so bundle start
 * never waits for PostgreSQL.
 */
@Component(immediate = true, configurationPid = DatabaseConfiguration.PID, configurationPolicy = ConfigurationPolicy.OPTIONAL)
@Designate(ocd = DatabaseConfiguration.class)
public class DatabaseRuntime {
    private static final Logger LOG = LoggerFactory.getLogger(DatabaseRuntime.class);

    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> new Thread(r, "mercato-database"));
    private final List<ServiceRegistration<?>> registrations = new ArrayList<>();
    private EmbeddedDatabase embedded;
    private HikariDataSource pool;
    private SchemaExtender extender;

    @Activate
    void activate(BundleContext context, DatabaseConfiguration config) {
        worker.submit(() -> start(context, config));
    }

    private void start(BundleContext context, DatabaseConfiguration config) {
        try {
            PGSimpleDataSource direct = directDataSource(config);
            pool = new HikariDataSource(poolConfig(config, direct));
            AuditWriter audit = new AuditWriter();
            // Migrations use their own unpooled connections: free of the pool's statement timeout.
            SchemaMigrator migrator = new SchemaMigrator(direct);
            migrator.migrate("platform", DatabaseRuntime.class.getClassLoader());
            Dictionary<String, Object> properties = new Hashtable<>();
            properties.put("mercato.datasource", "main");
            registrations.add(context.registerService(DataSource.class, pool, properties));
            registrations.add(context.registerService(IdempotencyStore.class, new JdbcIdempotencyStore(pool), null));
            registrations.add(context.registerService(AuditLog.class, new JdbcAuditLog(pool), null));
            extender = new SchemaExtender(context, worker, pool, migrator, audit);
            extender.open();
            LOG.info("Mercato database ready ({})", embedded != null ? "embedded PostgreSQL on port " + embedded.port() : "external");
        } catch (Exception e) {
            LOG.error("Mercato database could not start: {}", e.getMessage(), e);
            stop();
        }
    }

    static final int STATEMENT_TIMEOUT_SECONDS = 30;

    private HikariConfig poolConfig(DatabaseConfiguration config, PGSimpleDataSource postgres) {
        HikariConfig hikari = new HikariConfig();
        hikari.setPoolName("mercato");
        hikari.setMaximumPoolSize(Math.max(2, config.poolSize()));
        // Hikari would load the JDBC driver by class name through its own or the context class loader, which
        // under OSGi works only by chance; handing it the driver's DataSource needs no class loading at all.
        hikari.setDataSource(postgres);
        // A runaway statement is stopped by the server. A JDBC query timeout would do the same from the client
        // at the price of a timer task scheduled and woken for every statement.
        hikari.setConnectionInitSql("SET statement_timeout = '" + STATEMENT_TIMEOUT_SECONDS + "s'");
        return hikari;
    }

    private PGSimpleDataSource directDataSource(DatabaseConfiguration config) throws Exception {
        PGSimpleDataSource postgres = new PGSimpleDataSource();
        if (config.url() == null || config.url().isBlank()) {
            String karafData = System.getProperty("karaf.data", "data");
            embedded = EmbeddedDatabase.start(Path.of(karafData, "postgresql"), config.embeddedPort());
            postgres.setURL(embedded.jdbcUrl());
        } else {
            postgres.setURL(config.url());
            postgres.setUser(config.user());
            postgres.setPassword(config.password());
        }
        return postgres;
    }

    @Deactivate
    void deactivate() {
        worker.submit(this::stop);
        worker.shutdown();
        try {
            if (!worker.awaitTermination(60, TimeUnit.SECONDS)) {
                LOG.warn("Database worker did not stop within 60 s");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void stop() {
        if (extender != null) {
            extender.close();
            extender = null;
        }
        registrations.forEach(DatabaseRuntime::unregisterQuietly);
        registrations.clear();
        if (pool != null) {
            pool.close();
            pool = null;
        }
        if (embedded != null) {
            try {
                embedded.close();
                LOG.info("Embedded PostgreSQL stopped");
            } catch (Exception e) {
                LOG.warn("Embedded PostgreSQL did not stop cleanly", e);
            }
            embedded = null;
        }
    }

    private static void unregisterQuietly(ServiceRegistration<?> registration) {
        try {
            registration.unregister();
        } catch (IllegalStateException alreadyGone) {
            LOG.debug("Service already unregistered");
        }
    }
}
