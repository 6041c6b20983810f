package io.mercato.delivery.impl.persistence;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

public record PenaltyRow(long id, String courierCode, String shipment, String orderNumber, String kind, BigDecimal amount, int points,
                         int standardsVersion, String evidence, String status, LocalDate disputeUntil, String objection,
                         String decisionReason, String decidedBy, Instant decidedAt, Instant createdAt) {
}
