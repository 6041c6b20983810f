package io.mercato.crm.impl.persistence;

import java.time.Instant;

public record CampaignRow(long id, String number, String name, long segmentId, String segmentCode, String channel, String subject,
                          String body, String status, int total, int sent, int failed, int optedOut, int noAddress, long lastMemberId,
                          String startedBy, Instant startedAt, Instant finishedAt, String createdBy, Instant createdAt) {
}
