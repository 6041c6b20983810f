package io.mercato.procurement.impl.service;

import io.mercato.procurement.impl.persistence.SupplierRow;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;

/** A supplier as the API shows it. */
public record Supplier(String code, String name, String contactName, String contactPhone, String contactEmail,
                       List<String> categories, String paymentTerms, String status, String statusReason, String orgDepartment,
                       Instant createdAt, Instant updatedAt) {
    static Supplier of(SupplierRow row) {
        List<String> categories = row.categories() == null || row.categories().isEmpty() ? List.of()
                : Arrays.asList(row.categories().split(","));
        return new Supplier(row.code(), row.name(), row.contactName(), row.contactPhone(), row.contactEmail(), categories,
                row.paymentTerms(), row.status(), row.statusReason(), row.orgDepartment(), row.createdAt(), row.updatedAt());
    }
}
