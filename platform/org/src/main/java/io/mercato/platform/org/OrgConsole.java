package io.mercato.platform.org;

import io.mercato.platform.api.console.ConsoleContribution;
import io.mercato.platform.api.console.ConsoleMenuEntry;
import io.mercato.platform.api.org.PositionLevel;
import java.util.List;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.http.whiteboard.propertytypes.HttpWhiteboardResource;

/** Console pages of the organisation: the org chart (with the template chooser) and hiring staff. */
@Component(service = ConsoleContribution.class)
@HttpWhiteboardResource(pattern = "/console/org/*", prefix = "/static/org")
public class OrgConsole implements ConsoleContribution {
    @Override
    public String id() {
        return "org";
    }

    @Override
    public String titleEn() {
        return "Organisation";
    }

    @Override
    public String titleZh() {
        return "组织架构";
    }

    @Override
    public int order() {
        return 10;
    }

    @Override
    public List<ConsoleMenuEntry> menu() {
        return List.of(new ConsoleMenuEntry("/org/chart", "Org chart", "组织架构图"),
                new ConsoleMenuEntry("/org/staff", "Staff", "员工管理", "org.manage"),
                new ConsoleMenuEntry("/org/audit", "Audit log", "审计日志", "org.manage", PositionLevel.SUPERVISOR));
    }

    @Override
    public String moduleUrl() {
        return "/console/org/org.js";
    }
}
