package io.mercato.admin.impl.shell;

import io.mercato.admin.api.ModuleAction;
import io.mercato.admin.api.Modules;
import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;

@Command(scope = "mercato", name = "install", description = "Installs a department without restarting any other")
@Service
public class InstallCommand implements Action {
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

    @Override
    public Object execute() throws Exception {
        return OperationCommand.run(modules, code, ModuleAction.INSTALL, dryRun, noWait, timeout);
    }
}
