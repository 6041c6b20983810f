package io.mercato.platform.org;

import io.mercato.platform.api.console.ConsoleContribution;
import io.mercato.platform.api.console.ConsolePages;
import io.mercato.platform.api.console.ConsoleMenuEntry;
import io.mercato.platform.api.org.PositionLevel;
import java.util.List;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.http.whiteboard.propertytypes.HttpWhiteboardResource;

/** Console pages of the organisation: the org chart (with the template chooser) and hiring staff. */
@Component(service = ConsoleContribution.class)
@HttpWhiteboardResource(pattern = "/console/org/*", prefix = "/static/org")
public class OrgConsole extends ConsolePages {
    public OrgConsole() {
        super("org", "Organisation", "组织架构", 10, List.of(new ConsoleMenuEntry("/org/chart", "Org chart", "组织架构图"),
                new ConsoleMenuEntry("/org/staff", "Staff", "员工管理", "org.manage"),
                new ConsoleMenuEntry("/org/audit", "Audit log", "审计日志", "org.manage", PositionLevel.SUPERVISOR)));
    }
}
