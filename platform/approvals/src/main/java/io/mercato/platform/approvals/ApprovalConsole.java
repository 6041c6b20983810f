package io.mercato.platform.approvals;

import io.mercato.platform.api.console.ConsoleContribution;
import io.mercato.platform.api.console.ConsolePages;
import io.mercato.platform.api.console.ConsoleMenuEntry;
import java.util.List;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.http.whiteboard.propertytypes.HttpWhiteboardResource;

/** The approvals inbox in the console. */
@Component(service = ConsoleContribution.class)
@HttpWhiteboardResource(pattern = "/console/approvals/*", prefix = "/static/approvals")
public class ApprovalConsole extends ConsolePages {
    public ApprovalConsole() {
        super("approvals", "Approvals", "审批", 5, List.of(new ConsoleMenuEntry("/approvals/inbox", "My inbox", "我的待办"),
                new ConsoleMenuEntry("/approvals/rules", "Approval rules", "审批规则", "org.manage")));
    }
}
