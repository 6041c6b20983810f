package io.mercato.siteops.impl.persistence;

import java.time.Instant;

/** A stored image's facts, without its bytes; {@code url} is where the console loads it. */
public record ImageRow(long id, String url, String sha256, String contentType, int width, int height, int bytes, String uploadedBy,
                       Instant uploadedAt) {
}
