package io.mercato.warehouse.impl.persistence;

import io.mercato.warehouse.api.StockLevel;

/** A stock row; the warehouse id is part of the stock list's order (its primary key). */
public record StockRow(long warehouseId, String sku, String warehouseCode, int onHand, int reserved, int inTransit) {
    public StockLevel toLevel() {
        return new StockLevel(sku, warehouseCode, onHand, reserved, onHand - reserved, inTransit);
    }
}
