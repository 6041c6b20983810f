package io.mercato.warehouse.impl.service;

import io.mercato.warehouse.impl.persistence.TransferLineRow;
import io.mercato.warehouse.impl.persistence.TransferRow;
import java.time.Instant;
import java.util.List;

/** A transfer with its lines, as the API shows it. */
public record TransferView(long id, String number, String fromWarehouse, String toWarehouse, String status, String note,
                           String requestedBy, Instant requestedAt, Instant shippedAt, Instant receivedAt,
                           Instant cancelledAt, List<TransferLineRow> lines, String orgDepartment) {
    static TransferView of(TransferRow row, List<TransferLineRow> lines) {
        return new TransferView(row.id(), String.format("TR-%06d", row.id()), row.fromWarehouse(), row.toWarehouse(),
                row.status(), row.note(), row.requestedBy(), row.requestedAt(), row.shippedAt(), row.receivedAt(),
                row.cancelledAt(), lines, row.orgDepartment());
    }
}
