package io.mercato.admin.impl.shell;

import io.mercato.admin.api.Module;
import io.mercato.admin.api.Modules;
import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.table.ShellTable;

@Command(scope = "mercato", name = "modules", description = "Lists Mercato's departments: version, state, partners, last operation")
@Service
public class ModulesCommand implements Action {
    @Reference
    private Modules modules;

    @Override
    public Object execute() {
        ShellTable table = new ShellTable();
        table.column("Department");
        table.column("Version");
        table.column("State");
        table.column("Uses");
        table.column("Used by");
        table.column("Last operation");
        for (Module module : modules.list()) {
            table.addRow().addContent(module.code() + " (" + module.nameEn() + ")",
                    module.version() == null ? "(" + module.availableVersion() + ")" : module.version(), module.state(),
                    String.join(", ", module.uses()), String.join(", ", module.usedBy()),
                    module.lastOperation() == null ? "" : module.lastOperation().action() + " " + module.lastOperation().outcome());
        }
        table.print(System.out);
        return null;
    }
}
