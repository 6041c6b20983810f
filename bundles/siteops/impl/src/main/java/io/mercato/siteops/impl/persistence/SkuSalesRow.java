package io.mercato.siteops.impl.persistence;

import java.math.BigDecimal;

/** A SKU's units in the recent and previous windows, its recent revenue and its cost (null: unknown). */
public record SkuSalesRow(long productId, String sku, int recentUnits, int previousUnits, BigDecimal revenue, BigDecimal cost) {
}
