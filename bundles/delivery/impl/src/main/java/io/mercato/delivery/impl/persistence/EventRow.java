package io.mercato.delivery.impl.persistence;

import java.time.Instant;

/** An entry of an order's timeline; {@code details} is JSON text. */
public record EventRow(String kind, String fromStatus, String toStatus, String reason, String details, String actor, Instant at) {
}
