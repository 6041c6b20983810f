package io.mercato.warehouse.impl.persistence;

import io.mercato.warehouse.api.Reservation;
import io.mercato.warehouse.api.ReservationStatus;
import java.time.Instant;

public record ReservationRow(String key, String sku, long warehouseId, String warehouseCode, int quantity, String status,
                             String orderRef, Instant createdAt) {
    public Reservation toReservation() {
        return new Reservation(key, sku, warehouseCode, quantity, ReservationStatus.valueOf(status), orderRef, createdAt);
    }
}
