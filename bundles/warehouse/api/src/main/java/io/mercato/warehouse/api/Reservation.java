package io.mercato.warehouse.api;

import java.time.Instant;

/** Stock held for an order under a caller-chosen key. */
public record Reservation(String key, String sku, String warehouseCode, int quantity, ReservationStatus status,
                          String orderRef, Instant createdAt) {
}
