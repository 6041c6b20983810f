package io.mercato.crm.impl.orders;

import io.mercato.delivery.api.SalesOrders;
import io.mercato.warehouse.api.StockService;
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

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    private volatile StockService stock;

    /** One partner: whether it runs, and what CRM cannot do while it does not (zh and en). */
    public record Partner(String department, boolean available, String unavailableEn, String unavailableZh) {
    }

    public record Status(boolean complete, List<Partner> partners) {
    }

    public Status status() {
        List<Partner> partners = List.of(new Partner("delivery", salesOrders != null,
                "Delivered and returned orders are not linked to members yet: no enrolment, points or tier changes from orders, and no "
                        + "new returns. Their events are kept and applied when the delivery department is installed.",
                "配送部未安装：已签收和退回的订单暂不关联会员，不产生入会、积分和等级变化，也不能新建退换货；相关事件会保留，待配送部安装后处理。"),
                new Partner("warehouse", stock != null,
                        "Checked returns' goods are not put back into stock yet; they are posted when the warehouse department is installed.",
                        "仓储部未安装：已质检的退货暂不入库，待仓储部安装后自动入库。"));
        return new Status(partners.stream().allMatch(Partner::available), partners);
    }
}
