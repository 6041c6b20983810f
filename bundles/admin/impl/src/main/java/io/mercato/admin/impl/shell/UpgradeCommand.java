package io.mercato.admin.impl.shell;

import io.mercato.admin.api.ModuleAction;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Service;

@Command(scope = "mercato", name = "upgrade", description = "Upgrades a department to the newest version in the features repository")
@Service
public class UpgradeCommand extends OperationCommand {
    @Override
    ModuleAction action() {
        return ModuleAction.UPGRADE;
    }
}
