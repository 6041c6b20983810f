package io.mercato.platform.persistence;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.mercato.platform.api.persistence.AuditLog;
import io.mercato.platform.api.persistence.DatabaseStatus;
import io.mercato.platform.api.persistence.DatabaseStatus.State;
import io.mercato.platform.api.persistence.IdempotencyStore;
import io.mercato.platform.persistence.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.Dictionary;
import java.util.Hashtable;
import java.util.List;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceRegistration;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.metatype.annotations.Designate;
import org.postgresql.ds.PGSimpleDataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Starts the database (embedded or external) and migrates the platform schema, then, once the JAX-RS whiteboard runs
 * ({@link WhiteboardReady}), publishes the pool, the idempotency store and the schema extender; afterwards watches the database and brings a crashed
 * embedded server back. All of it runs on one worker thread so bundle start never waits for PostgreSQL.
 * {@link DatabaseStatus} is published at once, so the web layer can say why the database is not there yet.
 */
@Component(immediate = true, configurationPid = DatabaseConfiguration.PID, configurationPolicy = ConfigurationPolicy.OPTIONAL)
@Designate(ocd = DatabaseConfiguration.class)
public class DatabaseRuntime {
    private static final Logger LOG = LoggerFactory.getLogger(DatabaseRuntime.class);
    static final int STATEMENT_TIMEOUT_SECONDS = 30;
    static final int IDEMPOTENCY_DAYS = 7;
    private static final String BINARIES = "/postgres-linux-x86_64.txz";
    /** How long the database waits for the JAX-RS whiteboard before it is published anyway. */
    private static final long WHITEBOARD_WAIT_MILLIS = 30_000;

    private final ScheduledThreadPoolExecutor worker = newWorker();
    private final DatabaseHealth health = new DatabaseHealth();
    private final List<ServiceRegistration<?>> registrations = new ArrayList<>();
    private ServiceRegistration<DatabaseStatus> statusRegistration;
    private BundleContext context;
    private DatabaseConfiguration config;
    private EmbeddedPostgres embedded;
    private HikariDataSource pool;
    private SchemaExtender extender;
    private ScheduledFuture<?> watch;
    private ScheduledFuture<?> retention;
    private int failedStarts;

    /** One thread; a retry or check still scheduled when the component stops is dropped, not run. */
    private static ScheduledThreadPoolExecutor newWorker() {
        ScheduledThreadPoolExecutor worker = new ScheduledThreadPoolExecutor(1, r -> new Thread(r, "mercato-database"));
        worker.setExecuteExistingDelayedTasksAfterShutdownPolicy(false);
        worker.setRemoveOnCancelPolicy(true);
        return worker;
    }

    @Activate
    void activate(BundleContext context, DatabaseConfiguration config) {
        this.context = context;
        this.config = config;
        statusRegistration = context.registerService(DatabaseStatus.class, health, null);
        worker.submit(this::start);
    }

    private void start() {
        try {
            health.set(State.STARTING, embeddedWanted() ? "starting the embedded PostgreSQL" : "connecting to the external PostgreSQL");
            PGSimpleDataSource direct = directDataSource();
            pool = new HikariDataSource(poolConfig(direct));
            AuditWriter audit = new AuditWriter();
            // Migrations use their own unpooled connections: free of the pool's statement timeout.
            SchemaMigrator migrator = new SchemaMigrator(direct);
            migrator.migrate("platform", DatabaseRuntime.class.getClassLoader());
            health.set(State.STARTING, "database ready; waiting for the REST layer to start");
            WhiteboardReady.await(context, WHITEBOARD_WAIT_MILLIS);
            Dictionary<String, Object> properties = new Hashtable<>();
            properties.put("mercato.datasource", "main");
            registrations.add(context.registerService(DataSource.class, pool, properties));
            registrations.add(context.registerService(IdempotencyStore.class, new JdbcIdempotencyStore(pool), null));
            registrations.add(context.registerService(AuditLog.class, new JdbcAuditLog(pool, audit), null));
            extender = new SchemaExtender(context, worker, pool, migrator, audit);
            extender.open();
            failedStarts = 0;
            health.set(State.UP, embedded != null ? "embedded PostgreSQL on 127.0.0.1:" + embedded.port() : "external PostgreSQL");
            watch = worker.scheduleWithFixedDelay(this::check, 1, embedded != null ? 1 : 5, TimeUnit.SECONDS);
            retention = worker.scheduleWithFixedDelay(this::forgetOldIdempotencyKeys, 10, 3600, TimeUnit.SECONDS);
        } catch (Exception e) {
            LOG.debug("Database start failed", e);
            stop();
            long retryIn = Math.min(60, 5L << Math.min(failedStarts++, 4));
            health.set(State.DOWN, "could not start: " + e.getMessage() + "; retrying in " + retryIn + " s");
            if (!worker.isShutdown()) {
                worker.schedule(this::start, retryIn, TimeUnit.SECONDS);
            }
        }
    }

    /** Brings a crashed embedded server back (crash recovery), or notices an external database going away. */
    private void check() {
        if (embedded != null) {
            if (embedded.isRunning()) {
                return;
            }
            health.set(State.DOWN, "the embedded PostgreSQL stopped unexpectedly; restarting it");
            embedded.forgetCrashedServer();
            try {
                embedded.start();
                health.set(State.UP, "embedded PostgreSQL on 127.0.0.1:" + embedded.port() + " (restarted after a crash)");
            } catch (IOException e) {
                health.set(State.DOWN, "the embedded PostgreSQL stopped unexpectedly and could not be restarted yet: "
                        + e.getMessage());
            }
            return;
        }
        try (Connection connection = pool.getConnection()) {
            if (connection.isValid(2)) {
                health.set(State.UP, "external PostgreSQL");
            }
        } catch (Exception e) {
            health.set(State.DOWN, "the external PostgreSQL cannot be reached: " + e.getMessage());
        }
    }

    /** A retry more than {@value #IDEMPOTENCY_DAYS} days after the first attempt is a new request. */
    private void forgetOldIdempotencyKeys() {
        try (Connection connection = pool.getConnection(); java.sql.Statement delete = connection.createStatement()) {
            int forgotten = delete.executeUpdate("DELETE FROM platform.idempotency_key WHERE created_at < now() - interval '"
                    + IDEMPOTENCY_DAYS + " days'");
            LOG.debug("Forgot {} idempotency keys older than {} days", forgotten, IDEMPOTENCY_DAYS);
        } catch (Exception e) {
            LOG.warn("Old idempotency keys could not be deleted; trying again in an hour: {}", e.getMessage());
        }
    }

    private boolean embeddedWanted() {
        return config.url() == null || config.url().isBlank();
    }

    private HikariConfig poolConfig(PGSimpleDataSource postgres) {
        HikariConfig hikari = new HikariConfig();
        hikari.setPoolName("mercato");
        hikari.setMaximumPoolSize(Math.max(2, config.poolSize()));
        // Hikari would load the JDBC driver by class name through its own or the context class loader, which
        // under OSGi works only by chance; handing it the driver's DataSource needs no class loading at all.
        hikari.setDataSource(postgres);
        // A request waiting for a connection while the database is down fails after this, not after 30 s.
        hikari.setConnectionTimeout(10_000);
        // A runaway statement is stopped by the server. A JDBC query timeout would do the same from the client
        // at the price of a timer task scheduled and woken for every statement.
        // Reads are planned for their own values (CustomPlans); writes keep PostgreSQL's cached plans.
        hikari.setConnectionInitSql("SET statement_timeout = '" + STATEMENT_TIMEOUT_SECONDS + "s'");
        return hikari;
    }

    private PGSimpleDataSource directDataSource() throws Exception {
        if (embeddedWanted()) {
            Path home = Path.of(System.getProperty("karaf.data", "data"), "postgresql");
            String version = context.getBundle().getHeaders().get("Mercato-Postgres-Version");
            if (embedded == null) {
                embedded = EmbeddedPostgres.prepare(home, version, () -> {
                    var archive = DatabaseRuntime.class.getResourceAsStream(BINARIES);
                    if (archive == null) {
                        throw new IOException("PostgreSQL programs " + BINARIES + " are missing from the persistence bundle");
                    }
                    return archive;
                }, config.embeddedPort());
            }
            embedded.sharedBuffers(config.embeddedSharedBuffers());
            embedded.start();
            return embedded.dataSource();
        }
        PGSimpleDataSource postgres = new PGSimpleDataSource();
        postgres.setURL(config.url());
        postgres.setUser(config.user());
        postgres.setPassword(config.password());
        return postgres;
    }

    @Deactivate
    void deactivate() {
        worker.submit(this::stop);
        worker.shutdown();
        try {
            if (!worker.awaitTermination(90, TimeUnit.SECONDS)) {
                LOG.warn("Database worker did not stop within 90 s");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        unregisterQuietly(statusRegistration);
    }

    private void stop() {
        for (ScheduledFuture<?> task : new ScheduledFuture<?>[] {watch, retention}) {
            if (task != null) {
                task.cancel(false);
            }
        }
        watch = null;
        retention = null;
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
        health.set(State.STARTING, "the database layer is stopped");
    }

    private static void unregisterQuietly(ServiceRegistration<?> registration) {
        try {
            registration.unregister();
        } catch (IllegalStateException alreadyGone) {
            LOG.debug("Service already unregistered");
        }
    }
}
