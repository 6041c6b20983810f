package io.mercato.admin.impl.console;

import io.mercato.admin.impl.rest.ModuleResource;
import io.mercato.platform.api.console.ConsoleContribution;
import io.mercato.platform.api.console.ConsolePages;
import io.mercato.platform.api.console.ConsoleMenuEntry;
import java.util.List;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.http.whiteboard.propertytypes.HttpWhiteboardResource;

/** The tech admin pages of the console: modules, system health, the audit log. */
@Component(service = ConsoleContribution.class)
@HttpWhiteboardResource(pattern = "/console/admin/*", prefix = "/static/admin")
public class AdminConsole extends ConsolePages {
    public AdminConsole() {
        super("admin", "Tech admin", "技术管理", 90, List.of(
                new ConsoleMenuEntry("/admin/modules", "Modules", "模块管理", ModuleResource.CAPABILITY),
                new ConsoleMenuEntry("/admin/health", "System health", "系统健康", ModuleResource.CAPABILITY),
                new ConsoleMenuEntry("/admin/audit", "Audit log", "审计日志", ModuleResource.CAPABILITY),
                new ConsoleMenuEntry("/admin/api", "API documentation", "接口文档", ModuleResource.CAPABILITY)));
    }
}
