package io.mercato.siteops.impl.persistence;

import java.math.BigDecimal;
import java.time.Instant;

/** A product a merchant submitted through merchant onboarding, waiting for the catalog team or decided. */
public record SubmissionRow(long id, String merchantCode, long merchantProductId, String merchantSku, String title, String merchantCategory,
                            BigDecimal price, String status, String productCode, String reason, String decidedBy, Instant decidedAt,
                            Instant receivedAt) {
}
