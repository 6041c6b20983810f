package io.mercato.procurement.impl.service;

import io.mercato.procurement.impl.persistence.TenderRow;
import java.time.Instant;

/** A tender in a list: never a bid, only how many arrived. */
public record TenderSummary(String number, String title, String status, Instant deadline, int bidCount, String orgDepartment,
                            String createdBy, Instant createdAt) {
    static TenderSummary of(TenderRow row, int bidCount) {
        return new TenderSummary(row.number(), row.title(), row.status(), row.deadline(), bidCount, row.orgDepartment(),
                row.createdBy(), row.createdAt());
    }
}
