package io.mercato.merchants.impl.service;

import io.mercato.merchants.impl.persistence.MerchantRow;
import io.mercato.merchants.impl.persistence.StatusChangeRow;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;

/** A merchant as the API shows it; {@code history} (every status change) only on the detail. */
public record Merchant(String code, String companyName, String licenceNumber, String contactName, String contactPhone,
                       String contactEmail, List<String> categories, String requestedTerms, String status, String statusReason,
                       Long approvalId, String orgDepartment, String createdBy, Instant createdAt, Instant updatedAt,
                       List<StatusChangeRow> history) {
    static Merchant of(MerchantRow row, List<StatusChangeRow> history) {
        return new Merchant(row.code(), row.companyName(), row.licenceNumber(), row.contactName(), row.contactPhone(),
                row.contactEmail(), row.categories() == null || row.categories().isEmpty() ? List.of() : Arrays.asList(row.categories().split(",")),
                row.requestedTerms(), row.status(), row.statusReason(), row.approvalId(), row.orgDepartment(), row.createdBy(),
                row.createdAt(), row.updatedAt(), history);
    }
}
