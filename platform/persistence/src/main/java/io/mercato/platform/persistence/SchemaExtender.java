package io.mercato.platform.persistence;

import io.mercato.platform.api.persistence.SchemaDatabase;
import java.util.Dictionary;
import java.util.Hashtable;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleEvent;
import org.osgi.framework.ServiceRegistration;
import org.osgi.framework.wiring.BundleWiring;
import org.osgi.util.tracker.BundleTracker;
import org.osgi.util.tracker.BundleTrackerCustomizer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Migrates the schema of every active bundle that declares {@code Mercato-Schema}, then registers a
 * {@link SchemaDatabase} for it under the bundle's own context (so it goes away with the bundle).
 * Migration runs on threads of its own, never in the framework callback: during a refresh Felix holds its global lock
 * and waiting there deadlocks Karaf. Schemas are independent (a department reads only its own), so up to
 * {@value #PARALLEL_MIGRATIONS} migrate at once: at boot the departments' schemas and activations overlap instead of
 * queueing behind each other. The platform's own schemas go first: every department's endpoints wait for the platform's
 * security extensions, and an extension that comes late makes the JAX-RS whiteboard build every application again.
 */
final class SchemaExtender implements BundleTrackerCustomizer<String> {
    private static final Logger LOG = LoggerFactory.getLogger(SchemaExtender.class);
    private static final Pattern SCHEMA_NAME = Pattern.compile("[a-z][a-z0-9_]{0,40}");
    static final int PARALLEL_MIGRATIONS = 3;

    private final BundleTracker<String> tracker;
    private final ExecutorService worker;
    private final ExecutorService migrations = java.util.concurrent.Executors.newFixedThreadPool(PARALLEL_MIGRATIONS, new ThreadFactory());
    /** The bundles found active when tracking starts, migrated once all are known (null afterwards). */
    private java.util.List<Migration> found = new java.util.ArrayList<>();
    private final DataSource dataSource;
    private final SchemaMigrator migrator;
    private final AuditWriter audit;
    private final OutboxWriter outbox = new OutboxWriter();
    private final Map<Long, ServiceRegistration<SchemaDatabase>> published = new ConcurrentHashMap<>();
    /** Set when the database layer stops: a migration it cuts off says nothing about the bundle's schema. */
    private volatile boolean closing;

    SchemaExtender(BundleContext context, ExecutorService worker, DataSource dataSource, SchemaMigrator migrator,
                   AuditWriter audit) {
        this.worker = worker;
        this.dataSource = dataSource;
        this.migrator = migrator;
        this.audit = audit;
        this.tracker = new BundleTracker<>(context, Bundle.ACTIVE, this);
    }

    void open() {
        tracker.open();
        java.util.List<Migration> first;
        synchronized (this) {
            first = found;
            found = null;
        }
        first.stream().sorted().forEach(migration -> migrations.execute(migration));
    }

    /** Stops tracking and withdraws every published database: the pool behind them is about to close. */
    void close() {
        closing = true;
        tracker.close();
        migrations.shutdownNow();
        try {
            if (!migrations.awaitTermination(60, java.util.concurrent.TimeUnit.SECONDS)) {
                LOG.warn("Schema migrations did not stop within 60 s");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        published.keySet().forEach(this::withdraw);
    }

    /** Names the migration threads, so a thread dump tells what they are. */
    private static final class ThreadFactory implements java.util.concurrent.ThreadFactory {
        private final java.util.concurrent.atomic.AtomicInteger count = new java.util.concurrent.atomic.AtomicInteger();

        @Override
        public Thread newThread(Runnable work) {
            return new Thread(work, "mercato-migrations-" + count.incrementAndGet());
        }
    }

    private void withdraw(long bundleId) {
        ServiceRegistration<SchemaDatabase> registration = published.remove(bundleId);
        if (registration != null) {
            unregister(registration, bundleId);
        }
    }

    private static void unregister(ServiceRegistration<SchemaDatabase> registration, long bundleId) {
        try {
            registration.unregister();
        } catch (IllegalStateException alreadyGone) {
            LOG.debug("Database of bundle {} was already unregistered", bundleId);
        }
    }

    @Override
    public String addingBundle(Bundle bundle, BundleEvent event) {
        String schema = bundle.getHeaders().get(SchemaDatabase.SCHEMA_HEADER);
        if (schema == null) {
            return null;
        }
        Migration migration = new Migration(bundle.getSymbolicName().startsWith(PLATFORM_BUNDLES) ? 0 : 1, bundle.getBundleId(),
                () -> migrateAndPublish(bundle, schema.trim()));
        synchronized (this) {
            if (found != null) {
                found.add(migration);
                return schema;
            }
        }
        migrations.execute(migration);
        return schema;
    }

    private static final String PLATFORM_BUNDLES = "io.mercato.platform.";

    /** A schema waiting its turn: at boot the platform's first, then the departments' by bundle id. */
    private record Migration(int rank, long order, Runnable work) implements Runnable, Comparable<Migration> {
        @Override
        public void run() {
            work.run();
        }

        @Override
        public int compareTo(Migration other) {
            return rank != other.rank ? Integer.compare(rank, other.rank) : Long.compare(order, other.order);
        }
    }

    private void migrateAndPublish(Bundle bundle, String schema) {
        if (bundle.getState() != Bundle.ACTIVE) {
            return;
        }
        if (!SCHEMA_NAME.matcher(schema).matches()) {
            LOG.error("Bundle {} declares an invalid schema name '{}'; it gets no database", bundle.getSymbolicName(), schema);
            return;
        }
        ClassLoader loader = bundle.adapt(BundleWiring.class).getClassLoader();
        try {
            var result = migrator.migrate(schema, loader);
            LOG.info("Schema {} of bundle {} is at version {} ({} migrations applied now)", schema, bundle.getSymbolicName(),
                    result.targetSchemaVersion != null ? result.targetSchemaVersion : result.initialSchemaVersion, result.migrationsExecuted);
        } catch (RuntimeException e) {
            if (closing) {
                LOG.info("Migration of schema {} was cut off by the database layer stopping; it runs again at its next start", schema);
                return;
            }
            LOG.error("Migration of schema {} failed; stopping bundle {} so it does not run on a wrong schema: {}",
                    schema, bundle.getSymbolicName(), e.getMessage());
            stopQuietly(bundle);
            return;
        }
        publish(bundle, schema, loader);
    }

    private void publish(Bundle bundle, String schema, ClassLoader loader) {
        BundleContext bundleContext = bundle.getBundleContext();
        if (bundleContext == null) {
            return;
        }
        Dictionary<String, Object> properties = new Hashtable<>();
        properties.put(SchemaDatabase.SCHEMA_PROPERTY, schema);
        try {
            ServiceRegistration<SchemaDatabase> replaced = published.put(bundle.getBundleId(), bundleContext.registerService(
                    SchemaDatabase.class, new BundleSchemaDatabase(schema, dataSource, loader, audit, outbox), properties));
            if (replaced != null) {
                // A migration from the bundle's previous start finished late: one database per bundle.
                unregister(replaced, bundle.getBundleId());
            }
        } catch (IllegalStateException stoppedMeanwhile) {
            LOG.debug("Bundle {} stopped before its database was published", bundle.getSymbolicName());
        }
    }

    private static void stopQuietly(Bundle bundle) {
        try {
            bundle.stop(Bundle.STOP_TRANSIENT);
        } catch (Exception e) {
            LOG.warn("Could not stop bundle {}", bundle.getSymbolicName(), e);
        }
    }

    @Override
    public void modifiedBundle(Bundle bundle, BundleEvent event, String schema) {
        // Nothing to do: a restarted bundle comes through addingBundle again.
    }

    /**
     * Forgets the bundle's database at once and unregisters it on the worker (not in the framework callback). Forgotten
     * here, not on the worker: a bundle updated in place keeps its id, and its next start may publish a new database
     * before the worker gets to run; withdrawing by id then would take the new one away and leave it starting forever.
     */
    @Override
    public void removedBundle(Bundle bundle, BundleEvent event, String schema) {
        ServiceRegistration<SchemaDatabase> registration = published.remove(bundle.getBundleId());
        if (registration != null) {
            worker.submit(() -> unregister(registration, bundle.getBundleId()));
        }
    }
}
