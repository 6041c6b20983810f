package io.mercato.siteops.impl.persistence;

import java.math.BigDecimal;
import java.time.Instant;

/** A promotion; {@code products} and {@code memberTiers} comma-separated (empty: every tier). */
public record PromotionRow(long id, String number, String name, String kind, BigDecimal value, BigDecimal threshold, Integer minQuantity,
                           String scope, String products, String categoryCode, String memberTiers, String occasion, Instant startsAt,
                           Instant endsAt, String stackGroup, int priority, String status, Long approvalId, String createdBy, Instant createdAt) {
}
