package io.mercato.procurement.api;

import java.math.BigDecimal;
import java.time.Instant;

/** What a SKU last cost: the unit price of its latest approved purchase order line, in that order's currency. */
public record PurchaseCost(String sku, BigDecimal unitPrice, String currency, String purchaseOrder, String supplierCode, Instant orderedAt) {
}
