package io.mercato.admin.impl.shell;

import io.mercato.admin.api.ModuleAction;
import io.mercato.admin.api.ModuleOperation;
import io.mercato.admin.api.ModulePlan;
import io.mercato.admin.api.Modules;
import io.mercato.admin.api.OperationOptions;
import java.io.PrintStream;
import java.util.List;
import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;

/** Install, upgrade and uninstall: print the plan, then (unless a dry run) run it and follow its progress. */
abstract class OperationCommand implements Action {
    @Reference
    private Modules modules;

    @Argument(name = "department", description = "the department's code, e.g. procurement", required = true)
    private String code;

    @Option(name = "--dry-run", description = "only show what would change")
    private boolean dryRun;

    @Option(name = "--no-wait", description = "start it and return; follow it with mercato:modules")
    private boolean noWait;

    @Option(name = "--timeout", description = "seconds the department may take to become healthy before it is rolled back")
    private Integer timeout;

    abstract ModuleAction action();

    @Override
    public Object execute() throws InterruptedException {
        ModuleAction action = action();
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
        ModuleOperation operation = modules.start(code, action, new OperationOptions(timeout, null, null, null), ShellActor.current());
        out.println("Operation " + operation.id() + " started");
        if (noWait) {
            return null;
        }
        follow(modules, operation, out);
        return null;
    }

    /** Prints each new step of the operation until it ends, then how it ended; returns the ended operation. */
    static ModuleOperation follow(Modules modules, ModuleOperation started, PrintStream out) throws InterruptedException {
        ModuleOperation operation = started;
        String shown = null;
        while (ModuleOperation.RUNNING.equals(operation.outcome())) {
            if (!operation.step().equals(shown)) {
                out.println("  " + operation.progress() + "% " + operation.step());
                shown = operation.step();
            }
            Thread.sleep(250);
            operation = modules.operation(operation.id());
        }
        out.println(operation.action().name().toLowerCase() + " " + operation.code() + ": " + operation.outcome()
                + (operation.message() == null ? "" : " (" + operation.message() + ")"));
        return operation;
    }

    private static void print(PrintStream out, String title, List<String> items) {
        out.println(title + ": " + (items.isEmpty() ? "none" : ""));
        items.forEach(item -> out.println("  " + item));
    }
}
