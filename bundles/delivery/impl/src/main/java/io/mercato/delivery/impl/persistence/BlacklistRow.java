package io.mercato.delivery.impl.persistence;

import java.time.Instant;

public record BlacklistRow(long id, String kind, String value, String reason, String createdBy, Instant createdAt) {
}
