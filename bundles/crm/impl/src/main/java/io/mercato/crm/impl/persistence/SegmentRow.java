package io.mercato.crm.impl.persistence;

import java.time.Instant;

public record SegmentRow(long id, String code, String name, String rules, String createdBy, Instant createdAt) {
}
