package io.mercato.siteops.impl.persistence;

import java.math.BigDecimal;
import java.time.Instant;

/** A price a SKU was given or asked to have: how it was reached ({@code explanation}, JSON), by whom, why, and its approval. */
public record PriceChangeRow(long id, String number, String sku, BigDecimal price, BigDecimal previous, BigDecimal cost, String costSource,
                             BigDecimal floorPrice, String method, String explanation, String reason, String status, Long approvalId,
                             String requestedBy, Instant requestedAt, Instant decidedAt) {
}
