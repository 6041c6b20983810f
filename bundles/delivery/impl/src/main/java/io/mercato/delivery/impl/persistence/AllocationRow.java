package io.mercato.delivery.impl.persistence;

public record AllocationRow(String reservationKey, int lineNo, String sku, String warehouseCode, int quantity, String status) {
}
