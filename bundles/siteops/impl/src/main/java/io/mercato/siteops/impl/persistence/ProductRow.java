package io.mercato.siteops.impl.persistence;

import java.time.Instant;

public record ProductRow(long id, String code, String categoryCode, String merchantCode, String title, String description, String status,
                         int skuCount, String createdBy, Instant createdAt, Instant updatedAt) {
}
