package io.mercato.warehouse.impl.persistence;

import io.mercato.warehouse.api.StockLevel;

public record StockRow(String sku, String warehouseCode, int onHand, int reserved, int inTransit) {
    public StockLevel toLevel() {
        return new StockLevel(sku, warehouseCode, onHand, reserved, onHand - reserved, inTransit);
    }
}
