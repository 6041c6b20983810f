package io.mercato.warehouse.impl.service;

import io.mercato.platform.api.validation.Check;
import io.mercato.platform.api.persistence.Transactions;
import io.mercato.warehouse.impl.persistence.SalesPositionRow;
import io.mercato.warehouse.impl.persistence.StockMapper;
import java.util.List;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** Rebalancing suggestions from the live ledger (根据销售状况调节产品在不同仓储之间的库存). */
@Component(service = RebalancingService.class)
public class RebalancingService {
    private final Transactions transactions;
    private final RebalancingPlanner planner = new RebalancingPlanner();

    @Activate
    public RebalancingService(@Reference WarehouseDatabase database) {
        this.transactions = database.transactions();
    }

    public List<RebalancingPlanner.Suggestion> suggest(int windowDays, int targetDays, int shortBelowDays, int surplusAboveDays) {
        Check.input()
                .rule(windowDays >= 1 && windowDays <= 365, "windowDays", "must be between 1 and 365")
                .rule(shortBelowDays >= 1, "shortBelowDays", "must be 1 or more")
                .rule(targetDays >= shortBelowDays, "targetDays", "must be at least shortBelowDays (" + shortBelowDays + ")")
                .rule(surplusAboveDays > shortBelowDays && surplusAboveDays >= targetDays, "surplusAboveDays",
                        "must be above shortBelowDays and at least targetDays (" + targetDays + ")")
                .validate();
        RebalancingPlanner.Policy policy = new RebalancingPlanner.Policy(windowDays, targetDays, shortBelowDays, surplusAboveDays);
        List<SalesPositionRow> rows = transactions.read(tx -> tx.mapper(StockMapper.class).salesPositions(windowDays));
        return planner.plan(rows.stream().map(row -> new RebalancingPlanner.Position(row.sku(), row.warehouseCode(),
                row.region(), row.available(), row.inTransit(), row.sold())).toList(), policy);
    }
}
