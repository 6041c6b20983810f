package io.mercato.admin.impl.health;

import io.mercato.admin.impl.persistence.HealthMapper;
import io.mercato.admin.impl.service.AdminDatabase;
import io.mercato.admin.impl.service.BundleStates;
import io.mercato.platform.api.outbox.OutboxMonitor;
import io.mercato.platform.api.persistence.DatabaseStatus;
import io.mercato.platform.api.persistence.Transactions;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryUsage;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Dictionary;
import java.util.List;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.service.cm.Configuration;
import org.osgi.service.cm.ConfigurationAdmin;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.runtime.ServiceComponentRuntime;
import org.osgi.service.component.runtime.dto.ComponentConfigurationDTO;
import org.osgi.service.component.runtime.dto.ComponentDescriptionDTO;
import org.osgi.service.component.runtime.dto.UnsatisfiedReferenceDTO;

/** The whole system at a glance: what is not running and why, the database, migrations, the outbox, memory, uptime. */
@Component(service = SystemHealth.class)
public class SystemHealth {
    private static final String DATASOURCE_PID = "io.mercato.datasource";
    private final BundleContext context;
    private final ServiceComponentRuntime components;
    private final DatabaseStatus database;
    private final OutboxMonitor outbox;
    private final ConfigurationAdmin configurations;
    private final Transactions transactions;

    @Activate
    public SystemHealth(BundleContext context, @Reference ServiceComponentRuntime components, @Reference DatabaseStatus database,
                        @Reference OutboxMonitor outbox, @Reference ConfigurationAdmin configurations, @Reference AdminDatabase admin) {
        this.context = context;
        this.components = components;
        this.database = database;
        this.outbox = outbox;
        this.configurations = configurations;
        this.transactions = admin.transactions();
    }

    public HealthReport report() {
        List<HealthReport.BundleProblem> bundles = inactiveBundles();
        List<HealthReport.ComponentProblem> unsatisfied = unsatisfiedComponents();
        HealthReport.Database db = database();
        List<HealthMapper.Migrations> migrations = database.isUp() ? transactions.read(tx -> tx.mapper(HealthMapper.class).migrations()) : List.of();
        List<OutboxMonitor.SubscriptionStatus> subscriptions = database.isUp() ? outbox.subscriptions() : List.of();
        long backlog = subscriptions.stream().mapToLong(OutboxMonitor.SubscriptionStatus::pending).sum();
        long parked = subscriptions.stream().mapToLong(OutboxMonitor.SubscriptionStatus::parked).sum();
        MemoryUsage heap = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage();
        MemoryUsage nonHeap = ManagementFactory.getMemoryMXBean().getNonHeapMemoryUsage();
        HealthReport.Memory memory = new HealthReport.Memory(heap.getUsed(), heap.getCommitted(), heap.getMax(), nonHeap.getUsed());
        long uptimeMillis = ManagementFactory.getRuntimeMXBean().getUptime();
        boolean failedMigration = migrations.stream().anyMatch(m -> m.failed() > 0);
        String status = !database.isUp() || failedMigration ? "DOWN"
                : bundles.isEmpty() && unsatisfied.isEmpty() && parked == 0 ? "UP" : "DEGRADED";
        return new HealthReport(status, Instant.now(), Duration.ofMillis(uptimeMillis).toSeconds(), db, bundles, unsatisfied,
                migrations, new HealthReport.Outbox(backlog, parked, subscriptions), memory);
    }

    private List<HealthReport.BundleProblem> inactiveBundles() {
        List<HealthReport.BundleProblem> problems = new ArrayList<>();
        for (Bundle bundle : context.getBundles()) {
            boolean fragment = bundle.getHeaders().get("Fragment-Host") != null;
            if (bundle.getState() != Bundle.ACTIVE && !(fragment && bundle.getState() == Bundle.RESOLVED)) {
                problems.add(new HealthReport.BundleProblem(bundle.getBundleId(), bundle.getSymbolicName(),
                        String.valueOf(bundle.getVersion()), BundleStates.name(bundle.getState())));
            }
        }
        return problems;
    }

    private List<HealthReport.ComponentProblem> unsatisfiedComponents() {
        List<HealthReport.ComponentProblem> problems = new ArrayList<>();
        for (ComponentDescriptionDTO description : components.getComponentDescriptionDTOs()) {
            if (!components.isComponentEnabled(description)) {
                continue;
            }
            for (ComponentConfigurationDTO configuration : components.getComponentConfigurationDTOs(description)) {
                if (configuration.state == ComponentConfigurationDTO.FAILED_ACTIVATION) {
                    problems.add(new HealthReport.ComponentProblem(description.name, description.bundle.symbolicName, "failed to activate",
                            configuration.failure, List.of()));
                } else if (configuration.state == ComponentConfigurationDTO.UNSATISFIED_REFERENCE) {
                    List<String> missing = new ArrayList<>();
                    for (UnsatisfiedReferenceDTO reference : configuration.unsatisfiedReferences) {
                        missing.add(reference.name + (reference.target == null ? "" : " " + reference.target));
                    }
                    problems.add(new HealthReport.ComponentProblem(description.name, description.bundle.symbolicName,
                            "unsatisfied reference", null, missing));
                }
            }
        }
        return problems;
    }

    private HealthReport.Database database() {
        String url = null;
        int poolSize = 16;
        try {
            Configuration configuration = configurations.getConfiguration(DATASOURCE_PID, null);
            Dictionary<String, Object> properties = configuration.getProperties();
            if (properties != null) {
                Object configured = properties.get("url");
                url = configured == null || configured.toString().isBlank() ? null : configured.toString();
                Object size = properties.get("poolSize");
                poolSize = size == null ? poolSize : Integer.parseInt(size.toString().strip());
            }
        } catch (Exception e) {
            // The report still shows the rest; the kind of database stays unknown.
        }
        HealthMapper.Server server = database.isUp() ? transactions.read(tx -> tx.mapper(HealthMapper.class).server()) : null;
        return new HealthReport.Database(database.state().name(), database.detail(), url == null ? "embedded" : "external",
                url == null ? null : withoutCredentials(url), server == null ? null : server.version(), poolSize,
                server == null ? 0 : server.connections(), server == null ? 0 : server.active(), server == null ? 0 : server.sizeBytes());
    }

    /** A JDBC URL without user or password parameters: never shown or logged. */
    static String withoutCredentials(String url) {
        int query = url.indexOf('?');
        return query < 0 ? url : url.substring(0, query);
    }
}
