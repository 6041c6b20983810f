package io.mercato.delivery.impl.persistence;

import java.time.Instant;

public record ShipmentEventRow(String kind, String reason, Instant happenedAt, String recordedBy, Instant recordedAt) {
}
