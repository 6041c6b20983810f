package io.mercato.siteops.impl.persistence;

import java.time.Instant;

/** A suggested action for a product: what, its state, and (for a purchase proposal) the SKU, quantity and purchase-list item. */
public record ActionRow(long id, String productCode, String title, String kind, String status, String detail, String sku, Integer quantity,
                        String reference, Instant createdAt, String updatedBy, Instant updatedAt) {
}
