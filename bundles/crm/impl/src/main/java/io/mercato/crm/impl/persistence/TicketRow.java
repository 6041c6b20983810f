package io.mercato.crm.impl.persistence;

import java.time.Instant;

public record TicketRow(long id, String number, String type, String channel, String priority, String subject, String description,
                        Long memberId, String memberCode, String orderNumber, String customerName, String contact, String assignee,
                        String status, Instant firstResponseDue, Instant resolutionDue, Instant firstRespondedAt, Instant resolvedAt,
                        Instant closedAt, Instant pausedSince, int pausedMinutes, Instant firstResponseBreachedAt,
                        Instant resolutionBreachedAt, String createdBy, Instant createdAt, Instant updatedAt) {
}
