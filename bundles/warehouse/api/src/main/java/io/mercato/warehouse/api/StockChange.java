package io.mercato.warehouse.api;

/** Goods in (receipt) or out (issue, e.g. a sale shipped without reservation) of one warehouse. */
public record StockChange(String sku, String warehouseCode, Integer quantity, String reference) {
}
