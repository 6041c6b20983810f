package io.mercato.crm.impl.console;

import io.mercato.crm.impl.members.Members;
import io.mercato.crm.impl.returns.Refunds;
import io.mercato.crm.impl.returns.ReturnDesk;
import io.mercato.platform.api.console.ConsoleContribution;
import io.mercato.platform.api.console.ConsolePages;
import io.mercato.platform.api.console.ConsoleMenuEntry;
import io.mercato.platform.api.org.PositionLevel;
import java.util.List;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.http.whiteboard.propertytypes.HttpWhiteboardResource;

/** The customer service and CRM pages of the console. */
@Component(service = ConsoleContribution.class)
@HttpWhiteboardResource(pattern = "/console/crm/*", prefix = "/static/crm")
public class CrmConsole extends ConsolePages {
    public CrmConsole() {
        super("crm", "Customer service & CRM", "客服与会员", 50, List.of(
                new ConsoleMenuEntry("/crm/members", "Members", "会员", Members.CAPABILITY),
                new ConsoleMenuEntry("/crm/tiers", "Tiers", "会员等级", Members.CAPABILITY),
                new ConsoleMenuEntry("/crm/campaigns", "Care & campaigns", "会员关怀与营销", Members.CAPABILITY),
                new ConsoleMenuEntry("/crm/tickets", "Service tickets", "客服工单", Members.CAPABILITY),
                new ConsoleMenuEntry("/crm/audits", "Quality audit", "质检", Members.CAPABILITY, PositionLevel.SUPERVISOR),
                new ConsoleMenuEntry("/crm/returns", "Returns & exchanges", "退换货登记", ReturnDesk.CAPABILITY),
                new ConsoleMenuEntry("/crm/refunds", "Refunds", "退款", ReturnDesk.CAPABILITY),
                new ConsoleMenuEntry("/crm/refund-payments", "Refund payments", "退款支付", Refunds.FINANCE_CAPABILITY)));
    }
}
