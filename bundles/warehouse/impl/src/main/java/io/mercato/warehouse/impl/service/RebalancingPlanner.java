package io.mercato.warehouse.impl.service;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Proposes transfers from warehouses with more days of cover than needed to those running short, per SKU,
 * from the units each warehouse sold (issued) in the recent window. Donors in the same sales region are
 * preferred, then the largest surplus. Pure logic: no database, easy to test.
 */
public final class RebalancingPlanner {

    /** Stock and recent sales of one SKU in one warehouse. */
    public record Position(String sku, String warehouse, String region, int available, int inTransit, long sold) {
    }

    /** Window of sales looked at, the cover to aim for, and the thresholds for short and surplus. */
    public record Policy(int windowDays, int targetDays, int shortBelowDays, int surplusAboveDays) {
        public Policy {
            if (windowDays < 1 || targetDays < 1 || shortBelowDays < 1 || surplusAboveDays <= shortBelowDays
                    || targetDays < shortBelowDays || targetDays > surplusAboveDays) {
                throw new IllegalArgumentException("need 1 <= shortBelowDays <= targetDays <= surplusAboveDays, windowDays >= 1");
            }
        }
    }

    /** A proposed transfer; cover figures are before the move (null = no sales, endless cover). */
    public record Suggestion(String sku, String fromWarehouse, String toWarehouse, int quantity,
                             BigDecimal fromCoverDays, BigDecimal toCoverDays, BigDecimal toDailySales, String toRegion) {
    }

    public List<Suggestion> plan(List<Position> positions, Policy policy) {
        Map<String, List<Position>> bySku = new LinkedHashMap<>();
        positions.forEach(p -> bySku.computeIfAbsent(p.sku(), sku -> new ArrayList<>()).add(p));
        List<Suggestion> suggestions = new ArrayList<>();
        bySku.values().forEach(group -> suggestions.addAll(planSku(group, policy)));
        return suggestions;
    }

    /** The transfers for one SKU, from its positions in every active warehouse. */
    public List<Suggestion> planSku(List<Position> group, Policy policy) {
        List<Need> needs = new ArrayList<>();
        List<Surplus> surpluses = new ArrayList<>();
        for (Position position : group) {
            double daily = (double) position.sold() / policy.windowDays();
            int stock = position.available() + position.inTransit();
            int target = (int) Math.ceil(daily * policy.targetDays());
            if (daily > 0 && stock < daily * policy.shortBelowDays()) {
                needs.add(new Need(position, target - stock, daily));
            } else if (position.available() > 0 && (daily == 0 || stock > daily * policy.surplusAboveDays())) {
                int spare = Math.min(position.available(), stock - target);
                if (spare > 0) {
                    surpluses.add(new Surplus(position, spare, daily));
                }
            }
        }
        needs.sort(Comparator.comparingInt(Need::quantity).reversed().thenComparing(n -> n.position().warehouse()));
        List<Suggestion> result = new ArrayList<>();
        for (Need need : needs) {
            int missing = need.quantity();
            surpluses.sort(Comparator.comparing((Surplus s) -> !s.position().region().equals(need.position().region()))
                    .thenComparing(Comparator.comparingInt(Surplus::left).reversed())
                    .thenComparing(s -> s.position().warehouse()));
            for (Surplus surplus : surpluses) {
                if (missing == 0) {
                    break;
                }
                int quantity = Math.min(missing, surplus.left());
                if (quantity <= 0) {
                    continue;
                }
                surplus.take(quantity);
                missing -= quantity;
                result.add(new Suggestion(need.position().sku(), surplus.position().warehouse(), need.position().warehouse(),
                        quantity, cover(surplus.position(), surplus.daily()), cover(need.position(), need.daily()),
                        BigDecimal.valueOf(need.daily()).setScale(2, RoundingMode.HALF_UP), need.position().region()));
            }
        }
        return result;
    }

    private static BigDecimal cover(Position position, double daily) {
        if (daily == 0) {
            return null;
        }
        return BigDecimal.valueOf((position.available() + position.inTransit()) / daily).setScale(1, RoundingMode.HALF_UP);
    }

    private record Need(Position position, int quantity, double daily) {
    }

    private static final class Surplus {
        private final Position position;
        private final double daily;
        private int left;

        Surplus(Position position, int left, double daily) {
            this.position = position;
            this.left = left;
            this.daily = daily;
        }

        Position position() {
            return position;
        }

        double daily() {
            return daily;
        }

        int left() {
            return left;
        }

        void take(int quantity) {
            left -= quantity;
        }
    }
}
