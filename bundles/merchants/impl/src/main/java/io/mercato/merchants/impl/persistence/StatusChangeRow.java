package io.mercato.merchants.impl.persistence;

import java.time.Instant;

public record StatusChangeRow(String fromStatus, String toStatus, String reason, String actor, Instant at) {
}
