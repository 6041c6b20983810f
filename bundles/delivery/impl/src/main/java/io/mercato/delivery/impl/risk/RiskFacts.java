package io.mercato.delivery.impl.risk;

import java.util.Map;

/**
 * What the rules need to know beyond the order itself, read from earlier orders and the blacklist: orders from the same
 * phone and address within the velocity window, blacklist entries matching (with their reason), cash-on-delivery
 * parcels this phone refused, and per SKU of the order how many units customers usually buy (absent without history).
 */
public record RiskFacts(int recentOrdersFromPhone, int recentOrdersFromAddress, String phoneBlacklisted,
                        String addressBlacklisted, int codRefusals, Map<String, Double> usualQuantity) {
    public static final RiskFacts NONE = new RiskFacts(0, 0, null, null, 0, Map.of());

    public RiskFacts {
        usualQuantity = Map.copyOf(usualQuantity);
    }
}
