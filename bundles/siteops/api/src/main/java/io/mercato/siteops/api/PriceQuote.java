package io.mercato.siteops.api;

import java.math.BigDecimal;
import java.util.List;

/**
 * A SKU's unit price with the promotions applied, in the order they were applied; {@code passedOver} names promotions that
 * matched but lost to a higher priority in their stack group (and why); {@code orderLevel} names spend-threshold
 * reductions (满减) that apply to the order's total rather than to the unit.
 */
public record PriceQuote(String sku, BigDecimal basePrice, BigDecimal price, List<Applied> applied, List<Applied> passedOver,
                         List<Applied> orderLevel) {
    public PriceQuote {
        applied = List.copyOf(applied);
        passedOver = List.copyOf(passedOver);
        orderLevel = List.copyOf(orderLevel);
    }

    /** A promotion and what it did (or why it did not). */
    public record Applied(String promotion, String name, String kind, String stackGroup, int priority, BigDecimal priceAfter, String note) {
    }
}
