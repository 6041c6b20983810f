package io.mercato.procurement.impl.persistence;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

public record PurchaseOrderRow(long id, String number, long supplierId, String supplierCode, String supplierName, String status,
                               String currency, String warehouseCode, LocalDate expectedOn, BigDecimal total, int revision,
                               Long approvalId, Integer approvedRevision, String copiedFrom, String note, String cancelReason,
                               String orgDepartment, String createdBy, Instant createdAt, Instant updatedAt) {
}
