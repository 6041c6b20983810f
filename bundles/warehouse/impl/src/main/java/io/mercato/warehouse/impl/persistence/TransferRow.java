package io.mercato.warehouse.impl.persistence;

import java.time.Instant;

public record TransferRow(long id, long fromWarehouseId, String fromWarehouse, long toWarehouseId, String toWarehouse,
                          String status, String note, String requestedBy, Instant requestedAt, Instant shippedAt,
                          Instant receivedAt, Instant cancelledAt, String orgDepartment) {
}
