package io.mercato.delivery.impl.persistence;

import java.time.Instant;

public record PickListRow(long id, String number, String warehouseCode, int shipments, int open, String createdBy, Instant createdAt) {
}
