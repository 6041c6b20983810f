package io.mercato.warehouse.impl.service;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.PriorityQueue;

/**
 * Keeps the most urgent suggestions of a plan of any size, and counts them all: the receiving warehouse with the
 * fewest days of cover first, then the larger move. Holds at most {@code limit} suggestions, whatever the plan.
 */
final class SuggestionRanking {
    static final Comparator<RebalancingPlanner.Suggestion> URGENCY = Comparator
            .comparing(RebalancingPlanner.Suggestion::toCoverDays, Comparator.nullsLast(Comparator.<BigDecimal>naturalOrder()))
            .thenComparing(Comparator.comparingInt(RebalancingPlanner.Suggestion::quantity).reversed())
            .thenComparing(RebalancingPlanner.Suggestion::sku)
            .thenComparing(RebalancingPlanner.Suggestion::fromWarehouse)
            .thenComparing(RebalancingPlanner.Suggestion::toWarehouse);
    private final int limit;
    // The least urgent kept is at the head, so it is the one dropped when a more urgent one comes.
    private final PriorityQueue<RebalancingPlanner.Suggestion> kept;
    private final java.util.Map<String, long[]> byWarehouse = new java.util.TreeMap<>();
    private long total;
    private long units;

    SuggestionRanking(int limit) {
        this.limit = limit;
        this.kept = new PriorityQueue<>(limit + 1, URGENCY.reversed());
    }

    void add(RebalancingPlanner.Suggestion suggestion) {
        total++;
        units += suggestion.quantity();
        long[] received = byWarehouse.computeIfAbsent(suggestion.toWarehouse(), code -> new long[2]);
        received[0]++;
        received[1] += suggestion.quantity();
        kept.add(suggestion);
        if (kept.size() > limit) {
            kept.poll();
        }
    }

    /** The kept suggestions, most urgent first. */
    List<RebalancingPlanner.Suggestion> mostUrgent() {
        List<RebalancingPlanner.Suggestion> sorted = new ArrayList<>(kept);
        sorted.sort(URGENCY);
        return sorted;
    }

    /** Suggestions and units per receiving warehouse, over the whole plan. */
    List<RebalancingService.WarehouseNeed> byWarehouse() {
        return byWarehouse.entrySet().stream()
                .map(e -> new RebalancingService.WarehouseNeed(e.getKey(), e.getValue()[0], e.getValue()[1])).toList();
    }

    long total() {
        return total;
    }

    long units() {
        return units;
    }
}
