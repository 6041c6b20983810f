package io.mercato.platform.org.shell;

import io.mercato.platform.api.Actor;

import io.mercato.platform.org.OrgChart;
import io.mercato.platform.org.OrgService;
import io.mercato.platform.org.SplitRequest;
import java.util.List;
import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;

/** {@code org:split -c warehouse.stock -p WH-CLERK PROC-LOG WH-LOG "Warehousing & logistics" 仓储物流部} (options first) */
@Service
@Command(scope = "org", name = "split", description = "Split a department: a new one takes the given capabilities and positions with their staff")
public class SplitDepartmentCommand implements Action {
    @Reference
    private OrgService org;

    @Argument(index = 0, name = "department", required = true, description = "Code of the department to split")
    private String department;

    @Argument(index = 1, name = "code", required = true, description = "Code of the new department")
    private String code;

    @Argument(index = 2, name = "nameEn", required = true, description = "English name of the new department")
    private String nameEn;

    @Argument(index = 3, name = "nameZh", required = true, description = "Chinese name of the new department")
    private String nameZh;

    @Option(name = "-c", aliases = "--capability", multiValued = true, description = "A capability to move")
    private List<String> capabilities;

    @Option(name = "-p", aliases = "--position", multiValued = true, description = "A position to move, with its staff")
    private List<String> positions;

    @Override
    public Object execute() {
        OrgChart chart = org.split(department, new SplitRequest(code, nameEn, nameZh, capabilities, positions), Actor.shellUser());
        return "Split " + department + ": " + code + " now has " + describe(chart, code);
    }

    static String describe(OrgChart chart, String code) {
        return chart.find(code).map(node -> node.positions().size() + " position(s), " + node.staffed() + " staff, capabilities " + node.capabilities())
                .orElse("no active department");
    }
}
