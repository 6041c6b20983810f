package io.mercato.platform.api.approval;

import java.math.BigDecimal;

/** A document sent for approval by the department that owns it (e.g. procurement, purchase-order, PO-42). */
public record Submission(String documentType, String documentId, String summary, BigDecimal amount, String ownerDepartment) {
}
