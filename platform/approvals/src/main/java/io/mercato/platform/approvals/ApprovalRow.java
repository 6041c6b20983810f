package io.mercato.platform.approvals;

import java.math.BigDecimal;

public record ApprovalRow(long id, String documentType, String documentId, String summary, BigDecimal amount,
                          String ownerDepartment, String submitter, String status, String waitingForPosition,
                          String requiredLevel, String orgDepartment) {
}
