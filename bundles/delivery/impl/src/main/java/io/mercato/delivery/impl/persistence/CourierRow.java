package io.mercato.delivery.impl.persistence;

import java.time.Instant;

public record CourierRow(String code, String name, boolean codSupported, String trackingPattern, boolean active,
                         java.math.BigDecimal monthlyPenaltyCap, String createdBy,
                         Instant createdAt) {
}
