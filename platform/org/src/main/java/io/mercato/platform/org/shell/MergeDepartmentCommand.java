package io.mercato.platform.org.shell;

import io.mercato.platform.api.Actor;

import io.mercato.platform.org.OrgService;
import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;

/** {@code org:merge WH-LOG PROC-LOG} */
@Service
@Command(scope = "org", name = "merge", description = "Merge a department into another; positions, staff and capabilities move, nothing is deleted")
public class MergeDepartmentCommand implements Action {
    @Reference
    private OrgService org;

    @Argument(index = 0, name = "department", required = true, description = "Code of the department to merge away")
    private String department;

    @Argument(index = 1, name = "into", required = true, description = "Code of the department that takes it over")
    private String into;

    @Override
    public Object execute() {
        return "Merged " + department + " into " + into + ": " + into + " now has "
                + SplitDepartmentCommand.describe(org.merge(department, into, Actor.shellUser()), into);
    }
}
