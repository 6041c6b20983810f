package io.mercato.admin.impl.shell;

import io.mercato.admin.api.ModuleAction;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Service;

@Command(scope = "mercato", name = "uninstall", description = "Uninstalls a department; its schema and data stay")
@Service
public class UninstallCommand extends OperationCommand {
    @Override
    ModuleAction action() {
        return ModuleAction.UNINSTALL;
    }
}
