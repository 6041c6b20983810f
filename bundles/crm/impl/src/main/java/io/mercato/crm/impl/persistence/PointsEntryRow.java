package io.mercato.crm.impl.persistence;

import java.time.Instant;

public record PointsEntryRow(long id, String kind, long points, long balanceAfter, String cause, String orderNumber, Integer lineNo,
                             String reason, long unrecovered, Long lotId, Long sourceEntryId, String createdBy, Instant createdAt) {
}
