package io.mercato.warehouse.impl.persistence;

public record SalesPositionRow(String sku, String warehouseCode, String region, int available, int inTransit, long sold) {
}
