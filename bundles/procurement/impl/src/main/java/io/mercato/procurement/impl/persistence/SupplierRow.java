package io.mercato.procurement.impl.persistence;

import java.time.Instant;

public record SupplierRow(long id, String code, String name, String contactName, String contactPhone, String contactEmail,
                          String categories, String paymentTerms, String status, String statusReason, String orgDepartment,
                          String createdBy, Instant createdAt, Instant updatedAt) {
}
