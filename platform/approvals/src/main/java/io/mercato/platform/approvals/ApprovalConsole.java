package io.mercato.platform.approvals;

import io.mercato.platform.api.console.ConsoleContribution;
import io.mercato.platform.api.console.ConsoleMenuEntry;
import java.util.List;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.http.whiteboard.propertytypes.HttpWhiteboardResource;

/** The approvals inbox in the console. */
@Component(service = ConsoleContribution.class)
@HttpWhiteboardResource(pattern = "/console/approvals/*", prefix = "/static/approvals")
public class ApprovalConsole implements ConsoleContribution {
    @Override
    public String id() {
        return "approvals";
    }

    @Override
    public String titleEn() {
        return "Approvals";
    }

    @Override
    public String titleZh() {
        return "审批";
    }

    @Override
    public int order() {
        return 5;
    }

    @Override
    public List<ConsoleMenuEntry> menu() {
        return List.of(new ConsoleMenuEntry("/approvals/inbox", "My inbox", "我的待办"),
                new ConsoleMenuEntry("/approvals/rules", "Approval rules", "审批规则", "org.manage"));
    }

    @Override
    public String moduleUrl() {
        return "/console/approvals/approvals.js";
    }
}
