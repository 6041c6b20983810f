package io.mercato.delivery.impl.console;

import io.mercato.delivery.impl.fulfilment.Picking;
import io.mercato.delivery.impl.service.OrderIntake;
import io.mercato.delivery.impl.service.OrderReview;
import io.mercato.platform.api.console.ConsoleContribution;
import io.mercato.platform.api.console.ConsolePages;
import io.mercato.platform.api.console.ConsoleMenuEntry;
import java.util.List;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.http.whiteboard.propertytypes.HttpWhiteboardResource;

/** The delivery pages of the console. */
@Component(service = ConsoleContribution.class)
@HttpWhiteboardResource(pattern = "/console/delivery/*", prefix = "/static/delivery")
public class DeliveryConsole extends ConsolePages {
    private static final String AUDIT = "delivery.audit";

    public DeliveryConsole() {
        super("delivery", "Delivery", "配送", 30, List.of(
                // The review queue first: its capability belongs to the delivery team alone (customer service takes
                // orders too), so the console files these pages under the department that does delivery.
                new ConsoleMenuEntry("/delivery/review", "Review queue", "订单审核", OrderReview.CAPABILITY),
                new ConsoleMenuEntry("/delivery/orders", "Sales orders", "销售订单", OrderIntake.CAPABILITY),
                new ConsoleMenuEntry("/delivery/new-order", "Take an order", "代客下单", OrderIntake.CAPABILITY),
                new ConsoleMenuEntry("/delivery/pick-lists", "Picking & shipping", "拣货发货", Picking.CAPABILITY),
                new ConsoleMenuEntry("/delivery/couriers", "Couriers", "快递合作方", Picking.CAPABILITY),
                new ConsoleMenuEntry("/delivery/scorecard", "Courier scorecard", "快递考核", AUDIT),
                new ConsoleMenuEntry("/delivery/penalties", "Incidents & penalties", "事故与罚款", AUDIT),
                new ConsoleMenuEntry("/delivery/standards", "Delivery standards", "配送标准", AUDIT),
                new ConsoleMenuEntry("/delivery/risk-rules", "Risk rules", "风控规则", OrderReview.CAPABILITY),
                new ConsoleMenuEntry("/delivery/blacklist", "Blacklist", "黑名单", OrderReview.CAPABILITY)));
    }
}
