package io.mercato.siteops.impl.persistence;

/** An image's bytes with what is needed to serve them. */
public record ImageData(long id, String sha256, String contentType, byte[] data) {
}
