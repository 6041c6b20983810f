package io.mercato.warehouse.api;

/** A correction after a count or damage: a signed quantity with the reason. */
public record StockAdjustment(String sku, String warehouseCode, Integer delta, String reason) {
}
