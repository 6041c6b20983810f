package io.mercato.delivery.impl.persistence;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

public record ShipmentRow(long id, String number, long orderId, String orderNumber, String warehouseCode, String pickList, String status,
                          String boxSize, BigDecimal weightKg, String courierCode, String trackingNumber, LocalDate promisedBy,
                          boolean stockIssued, Instant shippedAt, Instant deliveredAt) {
}
