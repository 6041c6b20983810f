package io.mercato.crm.impl.campaigns;

import io.mercato.platform.api.validation.Check;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Who a segment takes: any of the tiers, provinces and tags given (each list empty or absent: no condition), a birthday
 * month, and RFM over the rolling twelve months of delivered orders — recency (last order within so many days),
 * frequency (at least so many orders), monetary (at least so much spent).
 */
public record SegmentRules(List<String> tiers, List<String> provinces, List<String> tags, Integer birthdayMonth, Integer maxRecencyDays,
                           Integer minOrders, BigDecimal minSpend) {
    public void validate(Check check, String prefix) {
        check.rule(tiers == null || tiers.size() <= 10, prefix + "tiers", "are at most 10")
                .rule(provinces == null || provinces.size() <= 40, prefix + "provinces", "are at most 40")
                .rule(tags == null || tags.size() <= 20, prefix + "tags", "are at most 20")
                .rule(birthdayMonth == null || (birthdayMonth >= 1 && birthdayMonth <= 12), prefix + "birthdayMonth", "must be 1 to 12")
                .rule(maxRecencyDays == null || (maxRecencyDays >= 1 && maxRecencyDays <= 366), prefix + "maxRecencyDays", "must be 1 to 366")
                .rule(minOrders == null || (minOrders >= 0 && minOrders <= 10_000), prefix + "minOrders", "must be 0 to 10000")
                .money(prefix + "minSpend", minSpend, false);
    }

    /** The mapper's parameters: the members after {@code afterId} (null: from the start), at most {@code limit}. */
    public Map<String, Object> query(Long afterId, int limit) {
        Map<String, Object> query = new HashMap<>();
        query.put("tiers", nonEmpty(tiers));
        query.put("provinces", nonEmpty(provinces));
        query.put("tags", nonEmpty(tags));
        query.put("birthdayMonth", birthdayMonth);
        query.put("maxRecencyDays", maxRecencyDays);
        query.put("minOrders", minOrders);
        query.put("minSpend", minSpend);
        query.put("rfm", maxRecencyDays != null || minOrders != null || minSpend != null);
        query.put("afterId", afterId);
        query.put("limit", limit);
        return query;
    }

    private static List<String> nonEmpty(List<String> values) {
        if (values == null) {
            return null;
        }
        List<String> kept = values.stream().filter(v -> v != null && !v.isBlank()).map(String::strip).distinct().toList();
        return kept.isEmpty() ? null : kept;
    }
}
