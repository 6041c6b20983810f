package io.mercato.delivery.impl.persistence;

import java.time.Instant;

/** A version of the risk rules; {@code settings} is JSON text. */
public record RiskRulesRow(int version, String settings, String note, String createdBy, Instant createdAt) {
}
