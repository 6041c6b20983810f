package io.mercato.warehouse.impl.service;

import io.mercato.platform.api.persistence.Transactions;
import io.mercato.platform.api.validation.Check;
import io.mercato.warehouse.impl.persistence.SalesPositionRow;
import io.mercato.warehouse.impl.persistence.StockMapper;
import io.mercato.warehouse.impl.persistence.WarehouseMapper;
import io.mercato.platform.api.ValidationException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Rebalancing suggestions from the live ledger (根据销售状况调节产品在不同仓储之间的库存). Sales are summed in SQL, and only
 * SKUs where some warehouse may run short are read, streamed one SKU at a time into the planner: memory holds one SKU's
 * positions and the suggestions kept, never the stock of the whole network.
 */
@Component(service = RebalancingService.class)
public class RebalancingService {
    /** Most suggestions one answer lists; the export has them all. */
    public static final int MAX_LIMIT = 1000;
    private final Transactions transactions;
    private final RebalancingPlanner planner = new RebalancingPlanner();

    @Activate
    public RebalancingService(@Reference WarehouseDatabase database) {
        this.transactions = database.transactions();
    }

    /** How long a plan looks back and ahead, and which warehouse it is for (null: all). */
    public record Request(int windowDays, int targetDays, int shortBelowDays, int surplusAboveDays, String toWarehouse) {
    }

    /**
     * The most urgent suggestions, how many there are in all, how many units they would move, and the same per
     * receiving warehouse (for a chart of where stock is needed).
     */
    public record Plan(List<RebalancingPlanner.Suggestion> items, long total, long units, boolean truncated,
                       List<WarehouseNeed> byWarehouse) {
    }

    /** What one warehouse would receive under the whole plan. */
    public record WarehouseNeed(String warehouse, long suggestions, long units) {
    }

    public Plan suggest(Request request, int limit) {
        Check.input().rule(limit >= 1 && limit <= MAX_LIMIT, "limit", "must be between 1 and " + MAX_LIMIT).validate();
        SuggestionRanking ranking = new SuggestionRanking(limit);
        plan(request, ranking::add);
        List<RebalancingPlanner.Suggestion> items = ranking.mostUrgent();
        return new Plan(items, ranking.total(), ranking.units(), ranking.total() > items.size(), ranking.byWarehouse());
    }

    /**
     * Refuses a request that cannot be planned (400), before an export starts writing: once a stream has begun its
     * status can no longer change.
     */
    public void check(Request request) {
        policy(request);
        String toWarehouse = WarehouseServiceImpl.blankToNull(request.toWarehouse());
        if (toWarehouse != null && transactions.read(tx -> tx.mapper(WarehouseMapper.class).findByCode(toWarehouse)) == null) {
            throw new ValidationException("toWarehouse", "no warehouse with code " + toWarehouse);
        }
    }

    /** Every suggestion, SKU by SKU, handed over as it is made. */
    public void plan(Request request, Consumer<RebalancingPlanner.Suggestion> suggestions) {
        check(request);
        RebalancingPlanner.Policy policy = policy(request);
        String toWarehouse = WarehouseServiceImpl.blankToNull(request.toWarehouse());
        List<RebalancingPlanner.Position> group = new ArrayList<>();
        Consumer<List<RebalancingPlanner.Position>> planGroup = positions -> planner.planSku(positions, policy).stream()
                .filter(s -> toWarehouse == null || s.toWarehouse().equals(toWarehouse)).forEach(suggestions);
        transactions.read(tx -> {
            StockMapper stock = tx.mapper(StockMapper.class);
            stock.allowLargeHashes();
            stock.salesPositions(policy.windowDays(), policy.shortBelowDays(), toWarehouse, context -> {
                SalesPositionRow row = context.getResultObject();
                if (!group.isEmpty() && !group.get(0).sku().equals(row.sku())) {
                    planGroup.accept(group);
                    group.clear();
                }
                group.add(new RebalancingPlanner.Position(row.sku(), row.warehouseCode(), row.region(), row.available(),
                        row.inTransit(), row.sold()));
            });
            return null;
        });
        if (!group.isEmpty()) {
            planGroup.accept(group);
        }
    }

    private static RebalancingPlanner.Policy policy(Request request) {
        int shortBelowDays = request.shortBelowDays();
        int targetDays = request.targetDays();
        Check.input()
                .rule(request.windowDays() >= 1 && request.windowDays() <= 365, "windowDays", "must be between 1 and 365")
                .rule(shortBelowDays >= 1 && shortBelowDays <= 365, "shortBelowDays", "must be between 1 and 365")
                .rule(targetDays >= shortBelowDays && targetDays <= 365, "targetDays",
                        "must be at least shortBelowDays (" + shortBelowDays + ") and at most 365")
                .rule(request.surplusAboveDays() > shortBelowDays && request.surplusAboveDays() >= targetDays
                        && request.surplusAboveDays() <= 3650, "surplusAboveDays",
                        "must be above shortBelowDays, at least targetDays (" + targetDays + ") and at most 3650")
                .validate();
        return new RebalancingPlanner.Policy(request.windowDays(), targetDays, shortBelowDays, request.surplusAboveDays());
    }
}
