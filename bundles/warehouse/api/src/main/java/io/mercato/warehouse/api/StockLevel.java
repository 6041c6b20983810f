package io.mercato.warehouse.api;

/** Stock of one SKU in one warehouse. {@code available = onHand - reserved}; in transit is on its way here. */
public record StockLevel(String sku, String warehouseCode, int onHand, int reserved, int available, int inTransit) {
    public static StockLevel empty(String sku, String warehouseCode) {
        return new StockLevel(sku, warehouseCode, 0, 0, 0, 0);
    }
}
