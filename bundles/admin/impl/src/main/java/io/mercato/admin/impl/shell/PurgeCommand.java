package io.mercato.admin.impl.shell;

import io.mercato.admin.api.ModuleAction;
import io.mercato.admin.api.ModuleOperation;
import io.mercato.admin.api.Modules;
import io.mercato.admin.api.OperationOptions;
import io.mercato.admin.api.PurgeReport;
import io.mercato.admin.api.SchemaExport;
import io.mercato.platform.api.Actor;
import java.io.PrintStream;
import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;

@Command(scope = "mercato", name = "purge", description = "Shows what purging an uninstalled department's data would destroy; "
        + "with --confirm <code>, exports its schema and drops it")
@Service
public class PurgeCommand implements Action {
    @Reference
    private Modules modules;

    @Argument(name = "department", description = "the department's code, e.g. merchants", required = true)
    private String code;

    @Option(name = "--dry-run", description = "only show the report (the default without --confirm)")
    private boolean dryRun;

    @Option(name = "--confirm", description = "the department's code again: exports its data, then drops its schema")
    private String confirm;

    @Override
    public Object execute() throws InterruptedException {
        PrintStream out = System.out;
        PurgeReport report = modules.purgeReport(code);
        out.println("Schema " + report.schema() + ": " + report.tables().size() + " tables, " + report.totalRows() + " rows");
        report.tables().forEach(table -> out.println("  " + table.table() + ": " + table.rows()));
        out.println("Held by other departments: " + (report.references().isEmpty() ? "nothing" : ""));
        report.references().forEach(reference -> out.println("  " + reference.holder() + ": " + reference.count() + " " + reference.description()));
        out.println("Outbox events waiting for it: " + (report.waitingEvents().isEmpty() ? "none" : ""));
        report.waitingEvents().forEach(waiting -> out.println("  " + waiting.subscriber() + ": " + waiting.pending() + " waiting, "
                + waiting.parked() + " parked (dropped with it)"));
        out.println("Report hash: " + report.hash());
        if (dryRun || confirm == null) {
            return null;
        }
        Actor actor = ShellActor.current();
        ModuleOperation export = OperationCommand.follow(modules, modules.start(code, ModuleAction.EXPORT, OperationOptions.NONE, actor), out);
        if (!ModuleOperation.SUCCEEDED.equals(export.outcome())) {
            return null;
        }
        SchemaExport written = modules.exports(code).stream().filter(each -> each.operationId() == export.id()).findFirst()
                .orElseThrow(() -> new IllegalStateException("The export of operation " + export.id() + " is not recorded"));
        long exportId = written.id();
        out.println("Exported to data/admin/exports/" + written.fileName() + " (sha256 " + written.sha256() + ")");
        OperationCommand.follow(modules, modules.start(code, ModuleAction.PURGE,
                new OperationOptions(null, confirm, report.hash(), exportId), actor), out);
        return null;
    }
}
