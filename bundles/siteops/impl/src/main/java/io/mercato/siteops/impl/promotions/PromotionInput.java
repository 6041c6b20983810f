package io.mercato.siteops.impl.promotions;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * A new promotion: {@code kind} PERCENT_OFF ({@code value} % off), FIXED_PRICE ({@code value} the price, products only),
 * SPEND_REDUCTION ({@code value} off every {@code threshold} of the order, 满减) or BUY_N ({@code value} % off from
 * {@code minQuantity} pieces); {@code scope} PRODUCT ({@code products}), CATEGORY ({@code category}, with its subtree) or ALL;
 * {@code memberTiers} empty for everybody; {@code occasion} a holiday's name; overlaps resolved by {@code stackGroup} and
 * {@code priority}.
 */
public record PromotionInput(String name, String kind, BigDecimal value, BigDecimal threshold, Integer minQuantity, String scope,
                             List<String> products, String category, List<String> memberTiers, String occasion, OffsetDateTime startsAt,
                             OffsetDateTime endsAt, String stackGroup, Integer priority) {
}
