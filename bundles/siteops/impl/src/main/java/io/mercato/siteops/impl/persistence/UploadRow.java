package io.mercato.siteops.impl.persistence;

import java.time.Instant;

/** An upload of a product (or of a listed product's revision) and where it stands; the product's live status beside it. */
public record UploadRow(long id, String number, long productId, String productCode, String productStatus, String merchantCode, String kind,
                        String step, String categoryCode, String title, String description, String listingTitle, Instant listAt,
                        Instant delistAt, String stockCheck, String submittedBy, Instant submittedAt, Instant updatedAt) {
}
