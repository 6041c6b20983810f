package io.mercato.siteops.impl.persistence;

import java.time.Instant;

/** A product as the catalog lists it; the listing title, times and revision are those of the live (listed) version. */
public record ProductRow(long id, String code, String categoryCode, String merchantCode, String title, String description, String status,
                         int skuCount, String listingTitle, Instant listedAt, Instant delistAt, int revision, String createdBy,
                         Instant createdAt, Instant updatedAt) {
}
