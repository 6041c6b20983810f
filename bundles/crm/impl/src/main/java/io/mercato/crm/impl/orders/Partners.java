package io.mercato.crm.impl.orders;

import io.mercato.delivery.api.SalesOrders;
import java.util.List;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;

/** Which partner departments CRM works with are there now, and what is unavailable without each. */
@Component(service = Partners.class)
public class Partners {
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    private volatile SalesOrders salesOrders;

    /** One partner: whether it runs, and what CRM cannot do while it does not (zh and en). */
    public record Partner(String department, boolean available, String unavailableEn, String unavailableZh) {
    }

    public record Status(boolean complete, List<Partner> partners) {
    }

    public Status status() {
        List<Partner> partners = List.of(new Partner("delivery", salesOrders != null,
                "Delivered and returned orders are not linked to members yet: no enrolment, points or tier changes from orders. "
                        + "Their events are kept and applied when the delivery department is installed.",
                "配送部未安装：已签收和退回的订单暂不关联会员，不产生入会、积分和等级变化；相关事件会保留，待配送部安装后处理。"));
        return new Status(partners.stream().allMatch(Partner::available), partners);
    }
}
