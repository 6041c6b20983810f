package io.mercato.siteops.impl.persistence;

import java.math.BigDecimal;
import java.time.Instant;

/** A SKU's pricing: entered basis, the live price, and the last evaluation (cost used, floor, uncompetitive). */
public record PricingRow(String sku, String productCode, String title, String categoryCode, BigDecimal floorPercent, BigDecimal enteredCost,
                         BigDecimal traditionalPrice, BigDecimal price, BigDecimal cost, String costSource, BigDecimal floorPrice,
                         boolean uncompetitive, String updatedBy, Instant updatedAt) {
}
