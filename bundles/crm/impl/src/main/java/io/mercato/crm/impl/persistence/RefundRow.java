package io.mercato.crm.impl.persistence;

import java.math.BigDecimal;
import java.time.Instant;

public record RefundRow(long id, String number, long caseId, String caseNumber, String orderNumber, BigDecimal goodsAmount,
                        BigDecimal postage, BigDecimal amount, BigDecimal paidForLines, String status, Long approvalId, Instant decidedAt,
                        String paidBy, Instant paidAt, String paymentReference, String createdBy, Instant createdAt) {
}
