package io.mercato.crm.impl.persistence;

import java.math.BigDecimal;
import java.time.Instant;

public record ReturnCaseRow(long id, String number, String kind, String orderNumber, Long memberId, String customerName, String phone,
                            String reasonCode, String reason, String status, BigDecimal goodsAmount, BigDecimal postageShare,
                            String warehouseCode, String receivedBy, Instant receivedAt, Boolean qualityProblem, String fault,
                            Boolean resaleable, String checkNote, String checkedBy, Instant checkedAt, String outcome, Instant sendBackDue,
                            Instant sentBackAt, String sendBackTracking, String disputeNote, Instant disputedAt, String replacementOrder,
                            boolean stockPosted, String createdBy, Instant createdAt, Instant updatedAt) {
}
