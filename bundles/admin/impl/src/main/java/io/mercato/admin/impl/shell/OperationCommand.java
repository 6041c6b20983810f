package io.mercato.admin.impl.shell;

import io.mercato.admin.api.ModuleAction;
import io.mercato.admin.api.ModuleOperation;
import io.mercato.admin.api.ModulePlan;
import io.mercato.admin.api.Modules;
import java.io.PrintStream;
import java.util.List;

/** Shared by install, upgrade and uninstall: print the plan, then (unless a dry run) run it and follow its progress. */
final class OperationCommand {
    private OperationCommand() {
    }

    static Object run(Modules modules, String code, ModuleAction action, boolean dryRun, boolean noWait, Integer timeout)
            throws InterruptedException {
        PrintStream out = System.out;
        ModulePlan plan = modules.plan(code, action);
        print(out, "Features to install", plan.featuresInstalled());
        print(out, "Bundles to install", plan.bundlesInstalled());
        print(out, "Bundles to remove", plan.bundlesRemoved());
        print(out, "Other bundles refreshed", plan.bundlesRefreshed());
        plan.warnings().forEach(warning -> out.println("Note: " + warning));
        if (dryRun) {
            return null;
        }
        ModuleOperation operation = modules.start(code, action, timeout, ShellActor.current());
        out.println("Operation " + operation.id() + " started");
        if (noWait) {
            return null;
        }
        String shown = null;
        while (ModuleOperation.RUNNING.equals(operation.outcome())) {
            if (!operation.step().equals(shown)) {
                out.println("  " + operation.progress() + "% " + operation.step());
                shown = operation.step();
            }
            Thread.sleep(250);
            operation = modules.operation(operation.id());
        }
        out.println(action.name().toLowerCase() + " " + code + ": " + operation.outcome()
                + (operation.message() == null ? "" : " (" + operation.message() + ")"));
        return null;
    }

    private static void print(PrintStream out, String title, List<String> items) {
        out.println(title + ": " + (items.isEmpty() ? "none" : ""));
        items.forEach(item -> out.println("  " + item));
    }
}
