package io.mercato.admin.impl.service;

import io.mercato.admin.api.Module;
import io.mercato.admin.api.ModuleAction;
import io.mercato.admin.api.ModuleOperation;
import io.mercato.admin.api.ModulePlan;
import io.mercato.admin.api.ModuleState;
import io.mercato.admin.api.Modules;
import io.mercato.admin.api.OperationOptions;
import io.mercato.admin.api.PurgeReport;
import io.mercato.admin.api.SchemaExport;
import io.mercato.admin.impl.purge.PurgeReports;
import io.mercato.admin.impl.purge.Purger;
import io.mercato.admin.impl.persistence.ModuleMapper;
import io.mercato.admin.impl.persistence.ModuleRow;
import io.mercato.admin.impl.persistence.OperationRow;
import io.mercato.platform.api.Actor;
import io.mercato.platform.api.ConflictException;
import io.mercato.platform.api.NotFoundException;
import io.mercato.platform.api.persistence.Transactions;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The departments and the operations on them. Karaf says what is installed; the admin schema adds what an operation
 * is doing, how the last one ended, and a state Karaf cannot know (failed beyond repair, purged).
 */
@Component(service = {Modules.class, ModuleService.class})
public class ModuleService implements Modules {
    private final DepartmentCatalog catalog;
    private final ModulePlanner planner;
    private final ModuleRunner runner;
    private final PurgeReports reports;
    private final Purger purger;
    private final Transactions transactions;

    @Activate
    public ModuleService(@Reference DepartmentCatalog catalog, @Reference ModulePlanner planner, @Reference ModuleRunner runner,
                         @Reference ModuleJournal journal, @Reference PurgeReports reports, @Reference Purger purger) {
        this.catalog = catalog;
        this.planner = planner;
        this.runner = runner;
        this.reports = reports;
        this.purger = purger;
        this.transactions = journal.transactions();
        endInterrupted();
    }

    /** Operations left running by a stop of Mercato or of this bundle end as failed, with the state Karaf shows now. */
    private void endInterrupted() {
        Map<String, DepartmentFeature> departments = catalog.departments();
        transactions.inTransaction(Actor.SYSTEM, tx -> {
            ModuleMapper modules = tx.mapper(ModuleMapper.class);
            for (OperationRow running : modules.running()) {
                modules.finish(running.id(), ModuleOperation.FAILED, "interrupted: Mercato or the admin module stopped while it ran");
                DepartmentFeature now = departments.get(running.code());
                modules.save(running.code(), now != null && now.installed() ? ModuleState.ACTIVE.name() : ModuleState.UNINSTALLED.name(),
                        now == null ? null : now.installedVersion(), Actor.SYSTEM.username());
                tx.audit("admin.module.interrupted", "module", running.code(), Map.of("operation", running.id()));
            }
            return null;
        });
    }

    @Override
    public List<Module> list() {
        Map<String, DepartmentFeature> departments = catalog.departments();
        Map<String, ModuleRow> rows = transactions.read(tx -> tx.mapper(ModuleMapper.class).modules()).stream()
                .collect(Collectors.toMap(ModuleRow::code, Function.identity()));
        Map<String, OperationRow> latest = transactions.read(tx -> tx.mapper(ModuleMapper.class).latest()).stream()
                .collect(Collectors.toMap(OperationRow::code, Function.identity()));
        List<Module> modules = new ArrayList<>();
        for (DepartmentFeature department : departments.values()) {
            modules.add(module(department, departments, rows.get(department.code()), latest.get(department.code())));
        }
        return modules;
    }

    @Override
    public Module get(String code) {
        return list().stream().filter(module -> module.code().equals(code)).findFirst()
                .orElseThrow(() -> new NotFoundException("No department '" + code + "' in the features repository"));
    }

    @Override
    public ModulePlan plan(String code, ModuleAction action) {
        return planner.plan(code, action);
    }

    @Override
    public ModuleOperation start(String code, ModuleAction action, OperationOptions options, Actor actor) {
        OperationOptions given = options == null ? OperationOptions.NONE : options;
        Integer healthTimeoutSeconds = given.healthTimeoutSeconds();
        io.mercato.platform.api.validation.Check.input().rule(healthTimeoutSeconds == null
                || (healthTimeoutSeconds >= 0 && healthTimeoutSeconds <= 3600), "healthTimeoutSeconds", "must be between 0 and 3600").validate();
        DepartmentFeature department = catalog.department(code);
        OperationRules.check(department, action);
        if (action == ModuleAction.PURGE) {
            purger.check(code, given.confirmCode(), given.reportHash(), given.exportId());
        } else if (action == ModuleAction.EXPORT) {
            reports.report(code);
        }
        ModuleState current = department.installed() ? ModuleState.ACTIVE : ModuleState.UNINSTALLED;
        Object[] before = new Object[1];
        OperationRow started = transactions.inTransaction(actor, tx -> {
            ModuleMapper modules = tx.mapper(ModuleMapper.class);
            modules.know(code, current.name(), department.installedVersion());
            ModuleRow row = modules.lock(code);
            before[0] = ModuleState.valueOf(row.state()).busy() ? current : ModuleState.valueOf(row.state());
            Long id = modules.start(code, action.name(), "queued", actor.username());
            if (id == null) {
                OperationRow running = modules.running().stream().findFirst().orElse(null);
                throw new ConflictException("operation-running", running == null
                        ? "Another operation on the departments is running; try again when it has ended"
                        : "Operation " + running.id() + " (" + running.action().toLowerCase(Locale.ROOT) + " " + running.code()
                        + ") is running; try again when it has ended");
            }
            modules.save(code, busy(action, (ModuleState) before[0]).name(), department.installedVersion(), actor.username());
            tx.audit("admin.module." + action.name().toLowerCase(Locale.ROOT) + ".started", "module", code, Map.of("operation", id));
            return modules.operation(id);
        });
        runner.submit(started.id(), department, action, (ModuleState) before[0], given, actor);
        return operation(started);
    }

    @Override
    public ModuleOperation operation(long id) {
        OperationRow row = transactions.read(tx -> tx.mapper(ModuleMapper.class).operation(id));
        if (row == null) {
            throw new NotFoundException("No module operation " + id);
        }
        return operation(row);
    }

    public List<ModuleOperation> history(String code) {
        catalog.department(code);
        return transactions.read(tx -> tx.mapper(ModuleMapper.class).history(code, 50)).stream().map(ModuleService::operation).toList();
    }

    private Module module(DepartmentFeature department, Map<String, DepartmentFeature> all, ModuleRow row, OperationRow last) {
        ModuleState state = state(department, row, last);
        List<String> usedBy = all.values().stream().filter(other -> other.uses().contains(department.code()))
                .map(DepartmentFeature::code).toList();
        DepartmentNames.Name name = DepartmentNames.of(department.code(), department.description());
        return new Module(department.code(), department.feature(), name.en(), name.zh(), department.description(),
                department.installedVersion(), department.newestVersion(), state, true, department.uses(), usedBy,
                last == null ? null : operation(last));
    }

    /** Karaf's truth, unless an operation is running, the last one failed beyond repair, or the data was purged. */
    private static ModuleState state(DepartmentFeature department, ModuleRow row, OperationRow last) {
        if (last != null && ModuleOperation.RUNNING.equals(last.outcome()) && row != null) {
            return ModuleState.valueOf(row.state());
        }
        if (row != null && ModuleState.FAILED.name().equals(row.state()) && last != null && ModuleOperation.FAILED.equals(last.outcome())) {
            return ModuleState.FAILED;
        }
        if (department.installed()) {
            return ModuleState.ACTIVE;
        }
        return row != null && ModuleState.PURGED.name().equals(row.state()) ? ModuleState.PURGED : ModuleState.UNINSTALLED;
    }

    /** The state while the action runs; an export or a purge leaves the (uninstalled) department as it is until done. */
    private static ModuleState busy(ModuleAction action, ModuleState before) {
        return switch (action) {
            case INSTALL -> ModuleState.INSTALLING;
            case UPGRADE -> ModuleState.UPGRADING;
            case UNINSTALL -> ModuleState.UNINSTALLING;
            case EXPORT, PURGE -> before;
        };
    }

    @Override
    public PurgeReport purgeReport(String code) {
        OperationRules.check(catalog.department(code), ModuleAction.PURGE);
        return reports.report(code);
    }

    @Override
    public List<SchemaExport> exports(String code) {
        catalog.department(code);
        return transactions.read(tx -> tx.mapper(io.mercato.admin.impl.persistence.PurgeMapper.class).exports(code)).stream()
                .map(PurgeReports::export).toList();
    }

    static ModuleOperation operation(OperationRow row) {
        return new ModuleOperation(row.id(), row.code(), ModuleAction.valueOf(row.action()), row.outcome(), row.step(), row.progress(),
                row.message(), row.actor(), row.startedAt(), row.finishedAt());
    }
}
