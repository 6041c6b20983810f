package io.mercato.admin.impl.shell;

import io.mercato.admin.api.ModuleAction;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Service;

@Command(scope = "mercato", name = "install", description = "Installs a department without restarting any other")
@Service
public class InstallCommand extends OperationCommand {
    @Override
    ModuleAction action() {
        return ModuleAction.INSTALL;
    }
}
