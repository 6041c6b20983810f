package io.mercato.admin.impl.service;

import io.mercato.admin.api.ModuleAction;
import io.mercato.admin.api.ModuleOperation;
import io.mercato.admin.api.ModuleState;
import io.mercato.admin.api.OperationOptions;
import io.mercato.platform.api.Actor;
import io.mercato.platform.api.DaemonThreads;
import java.util.EnumSet;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.apache.karaf.features.FeaturesService;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Carries out operations one at a time, in the background: Karaf installs or removes the feature without refreshing
 * any other bundle, then the department's health is awaited. A failure puts the department back as it was (the
 * feature removed after a failed install, reinstalled after a failed uninstall) and says why.
 */
@Component(service = ModuleRunner.class, configurationPid = "io.mercato.admin")
@Designate(ocd = ModuleRunner.Settings.class)
public class ModuleRunner {
    private static final Logger LOG = LoggerFactory.getLogger(ModuleRunner.class);

    @ObjectClassDefinition(name = "Mercato tech admin")
    public @interface Settings {
        @AttributeDefinition(description = "How long a department may take to become healthy after an install or upgrade, in seconds")
        int healthTimeoutSeconds() default 120;
    }

    private final DepartmentCatalog catalog;
    private final DepartmentHealth health;
    private final ModuleJournal journal;
    private final DataOperations data;
    private final long healthTimeoutMillis;
    private final ExecutorService worker = Executors.newSingleThreadExecutor(DaemonThreads.named("mercato-module-operations"));

    @Activate
    public ModuleRunner(@Reference DepartmentCatalog catalog, @Reference DepartmentHealth health, @Reference ModuleJournal journal,
                        @Reference DataOperations data, Settings settings) {
        this.catalog = catalog;
        this.health = health;
        this.journal = journal;
        this.data = data;
        this.healthTimeoutMillis = settings.healthTimeoutSeconds() * 1000L;
    }

    @Deactivate
    void stop() throws InterruptedException {
        worker.shutdownNow();
        worker.awaitTermination(10, TimeUnit.SECONDS);
    }

    /** Runs the operation once the transaction that recorded it has committed; never if it rolled back. */
    void submit(long operationId, DepartmentFeature department, ModuleAction action, ModuleState before, OperationOptions options,
                Actor actor) {
        long timeout = options.healthTimeoutSeconds() == null ? healthTimeoutMillis : options.healthTimeoutSeconds() * 1000L;
        worker.execute(() -> {
            try {
                if (journal.committed(operationId, 60_000) == null) {
                    LOG.info("Operation {} on {} was never committed; not run", operationId, department.code());
                    return;
                }
                if (action == ModuleAction.EXPORT || action == ModuleAction.PURGE) {
                    data.run(operationId, department.code(), action, options, actor);
                } else {
                    run(operationId, department, action, before, timeout, actor);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } catch (RuntimeException e) {
                LOG.error("Operation {} on {} could not be recorded", operationId, department.code(), e);
            }
        });
    }

    private void run(long id, DepartmentFeature department, ModuleAction action, ModuleState before, long timeout, Actor actor)
            throws InterruptedException {
        FeaturesService features = catalog.features();
        String name = department.feature();
        switch (action) {
            case INSTALL -> {
                try {
                    journal.step(id, "installing " + name + " " + department.newestVersion() + " (nothing else refreshed)", 10);
                    features.installFeature(name, department.newestVersion(), ModulePlanner.NO_REFRESH);
                    awaitHealthy(id, department, timeout);
                    journal.finish(id, department.code(), action, ModuleOperation.SUCCEEDED, null, ModuleState.ACTIVE,
                            department.newestVersion(), actor);
                } catch (Exception e) {
                    rollBack(id, department, action, reason(e), actor, before, null,
                            () -> removeAndAwait(features, name, department.newestVersion(), department, healthTimeoutMillis));
                }
            }
            case UPGRADE -> {
                try {
                    journal.step(id, "upgrading " + name + " to " + department.newestVersion() + " (nothing else refreshed)", 10);
                    features.installFeature(name, department.newestVersion(), upgrade());
                    awaitHealthy(id, department, timeout);
                    journal.finish(id, department.code(), action, ModuleOperation.SUCCEEDED, null, ModuleState.ACTIVE,
                            department.newestVersion(), actor);
                } catch (Exception e) {
                    rollBack(id, department, action, reason(e), actor, ModuleState.ACTIVE, department.installedVersion(), () -> {
                        features.installFeature(name, department.installedVersion(), upgrade());
                        awaitHealthy(id, department, healthTimeoutMillis);
                    });
                }
            }
            case EXPORT, PURGE -> throw new IllegalArgumentException(action + " is run by " + DataOperations.class.getSimpleName());
            case UNINSTALL -> {
                try {
                    journal.step(id, "stopping and removing " + name + " (its schema and data stay)", 20);
                    removeAndAwait(features, name, department.installedVersion(), department, healthTimeoutMillis);
                    journal.finish(id, department.code(), action, ModuleOperation.SUCCEEDED, null, ModuleState.UNINSTALLED, null, actor);
                } catch (Exception e) {
                    rollBack(id, department, action, reason(e), actor, ModuleState.ACTIVE, department.installedVersion(), () -> {
                        features.installFeature(name, department.installedVersion(), ModulePlanner.NO_REFRESH);
                        awaitHealthy(id, department, healthTimeoutMillis);
                    });
                }
            }
        }
    }

    private interface Restore {
        void run() throws Exception;
    }

    private void rollBack(long id, DepartmentFeature department, ModuleAction action, String reason, Actor actor, ModuleState restored,
                          String restoredVersion, Restore restore) {
        LOG.warn("{} of {} failed: {}; rolling back", action, department.code(), reason);
        try {
            journal.step(id, "failed (" + reason + "); rolling back", 90);
            restore.run();
            journal.finish(id, department.code(), action, ModuleOperation.ROLLED_BACK, reason, restored, restoredVersion, actor);
        } catch (Exception e) {
            LOG.error("Rolling back the {} of {} failed", action, department.code(), e);
            journal.finish(id, department.code(), action, ModuleOperation.FAILED, reason + "; rolling back failed too: " + reason(e),
                    ModuleState.FAILED, restoredVersion, actor);
        }
    }

    private void removeAndAwait(FeaturesService features, String name, String version, DepartmentFeature department, long timeout)
            throws Exception {
        if (features.isInstalled(features.getFeature(name, version))) {
            features.uninstallFeature(name, version, ModulePlanner.NO_REFRESH);
        }
        long deadline = System.currentTimeMillis() + timeout;
        while (!health.gone(department)) {
            if (System.currentTimeMillis() > deadline) {
                throw new IllegalStateException("its bundles were still there after " + timeout / 1000 + " s");
            }
            Thread.sleep(100);
        }
    }

    /** Waits until the department is healthy, showing what it still waits for as the step. */
    private void awaitHealthy(long id, DepartmentFeature department, long timeout) throws InterruptedException {
        long started = System.currentTimeMillis();
        long deadline = started + timeout;
        String shown = null;
        while (true) {
            List<String> problems = health.problems(department);
            if (problems.isEmpty()) {
                return;
            }
            if (System.currentTimeMillis() >= deadline) { // a timeout of 0 s: one look, no waiting
                throw new IllegalStateException("not healthy after " + timeout / 1000 + " s: " + String.join("; ", problems));
            }
            String step = "waiting: " + problems.get(0);
            if (!step.equals(shown)) {
                int progress = 30 + (int) Math.min(55, (System.currentTimeMillis() - started) * 55 / Math.max(1, timeout / 4));
                journal.step(id, step, progress);
                shown = step;
            }
            Thread.sleep(100);
        }
    }

    private static EnumSet<FeaturesService.Option> upgrade() {
        EnumSet<FeaturesService.Option> options = EnumSet.copyOf(ModulePlanner.NO_REFRESH);
        options.add(FeaturesService.Option.Upgrade);
        return options;
    }

    private static String reason(Throwable e) {
        String message = e.getMessage();
        return message == null || message.isBlank() ? e.getClass().getSimpleName() : message;
    }
}
