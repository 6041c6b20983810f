package io.mercato.delivery.impl.persistence;

import java.time.Instant;

/** A courier's report on one package of a pick list. */
public record PackageEventRow(long shipmentId, String kind, String reason, Instant happenedAt, String recordedBy, Instant recordedAt) {
}
