package io.mercato.merchants.impl.persistence;

import java.time.Instant;

public record MerchantRow(long id, String code, String companyName, String licenceNumber, String contactName, String contactPhone,
                          String contactEmail, String categories, String requestedTerms, String status, String statusReason,
                          Long approvalId, String orgDepartment, String createdBy, Instant createdAt, Instant updatedAt) {
}
