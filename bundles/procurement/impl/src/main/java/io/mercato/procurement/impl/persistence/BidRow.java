package io.mercato.procurement.impl.persistence;

import java.time.Instant;

public record BidRow(long id, long supplierId, String supplierCode, int version, String channel, String digest, String nonce,
                     String submittedBy, Instant submittedAt) {
}
