package io.mercato.platform.api.web;

/**
 * What an {@link UploadEndpoint} returns when the upload itself is the thing created (an image, a document) rather
 * than the start of a background job: the platform answers {@code 201 Created} with {@code body} as JSON (so does a
 * replay of the same Idempotency-Key).
 */
public record Created(Object body) {
}
