package io.mercato.delivery.impl.allocation;

import io.mercato.delivery.impl.service.Regions;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Chooses where an order ships from: the nearest warehouse (same region first, then neighbouring regions) that can ship
 * every line; failing that, each line from the nearest warehouses that have it, split as needed; failing that, nothing
 * (the order waits for stock). Pure: it decides from the stock figures it is given.
 */
public final class AllocationPlanner {
    private AllocationPlanner() {
    }

    public record Need(int lineNo, String sku, int quantity) {
    }

    public record Site(String code, String region) {
    }

    /** Units of one line to reserve in one warehouse. */
    public record Pick(int lineNo, String sku, String warehouseCode, int quantity) {
    }

    /**
     * @param available units available per SKU, then per warehouse code
     * @return the picks, or empty when the network cannot cover the order
     */
    public static Optional<List<Pick>> plan(List<Need> needs, String customerRegion, List<Site> sites,
                                            Map<String, Map<String, Integer>> available, boolean allowSplit) {
        List<Site> nearestFirst = sites.stream()
                .sorted(Comparator.comparingInt((Site site) -> Regions.distance(customerRegion, site.region())).thenComparing(Site::code))
                .toList();
        for (Site site : nearestFirst) {
            if (needs.stream().allMatch(need -> units(available, need.sku(), site.code()) >= totalOf(needs, need.sku()))) {
                return Optional.of(needs.stream().map(need -> new Pick(need.lineNo(), need.sku(), site.code(), need.quantity())).toList());
            }
        }
        return allowSplit ? split(needs, nearestFirst, available) : Optional.empty();
    }

    private static Optional<List<Pick>> split(List<Need> needs, List<Site> nearestFirst, Map<String, Map<String, Integer>> available) {
        Map<String, Map<String, Integer>> left = new java.util.HashMap<>();
        available.forEach((sku, bySite) -> left.put(sku, new java.util.HashMap<>(bySite)));
        List<Pick> picks = new ArrayList<>();
        for (Need need : needs) {
            int missing = need.quantity();
            for (Site site : nearestFirst) {
                int here = units(left, need.sku(), site.code());
                int taken = Math.min(here, missing);
                if (taken > 0) {
                    picks.add(new Pick(need.lineNo(), need.sku(), site.code(), taken));
                    left.get(need.sku()).put(site.code(), here - taken);
                    missing -= taken;
                }
                if (missing == 0) {
                    break;
                }
            }
            if (missing > 0) {
                return Optional.empty();
            }
        }
        return Optional.of(picks);
    }

    /** Two lines of the same SKU must both fit in one warehouse to ship from it alone. */
    private static int totalOf(List<Need> needs, String sku) {
        return needs.stream().filter(need -> need.sku().equals(sku)).mapToInt(Need::quantity).sum();
    }

    private static int units(Map<String, Map<String, Integer>> available, String sku, String site) {
        return available.getOrDefault(sku, Map.of()).getOrDefault(site, 0);
    }
}
