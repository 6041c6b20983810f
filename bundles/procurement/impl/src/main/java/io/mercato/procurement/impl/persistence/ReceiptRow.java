package io.mercato.procurement.impl.persistence;

import java.time.Instant;

public record ReceiptRow(long id, long purchaseOrderId, String warehouseCode, String note, Long stockEventId, Instant stockPostedAt,
                         String orgDepartment, String receivedBy, Instant receivedAt) {
}
