package io.mercato.procurement.impl.persistence;

import java.time.Instant;

public record TenderRow(long id, String number, String title, String status, Instant deadline, String warehouseCode,
                        String earlyOpenRequestedBy,
                        Instant earlyOpenRequestedAt, String openedBy, Instant openedAt, String awardJustification, Long approvalId,
                        Instant awardedAt, String cancelReason, String orgDepartment, String createdBy, Instant createdAt) {
}
