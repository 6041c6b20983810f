package io.mercato.merchants.impl.persistence;

import java.math.BigDecimal;
import java.time.Instant;

public record ProductRow(long id, String merchantSku, String title, String category, BigDecimal price, String status,
                         String createdBy, Instant createdAt) {
}
