package io.mercato.platform.api.web;

import io.mercato.platform.api.Actor;
import java.nio.file.Path;
import java.util.Set;
import org.osgi.annotation.versioning.ConsumerType;

/**
 * A {@code POST} endpoint under {@code /api} that takes a large upload (a CSV of millions of rows), served by a
 * plain servlet: the body is never held in memory. Register it as a service with the property {@link #PATH} (first
 * segment the department, as for {@link JsonEndpoint}). The platform checks login, {@code @RequiresCapability} on the
 * class, CSRF, the media type and the size limit, streams the body to a temporary file, honours
 * {@code Idempotency-Key} (a retry with the same bytes replays the first answer; the handler's database work
 * commits together with the key), then calls {@link #handle} and answers {@code 202 Accepted} with its result as
 * JSON: an upload usually starts a background job, and the result says where to follow it. A result wrapped in
 * {@link Created} is answered {@code 201 Created} instead, for an upload that is itself the thing created. The temporary file is
 * deleted after {@link #handle} returns.
 */
@ConsumerType
public interface UploadEndpoint {
    /** Service property: the path below {@code /api}, department first, e.g. {@code warehouse/stock/import}. */
    String PATH = "mercato.upload.path";

    /** Media types accepted (without parameters), e.g. {@code text/csv}; others get 415. */
    Set<String> mediaTypes();

    /** Largest upload in bytes; a larger one gets 413 before anything is stored. */
    long maxBytes();

    /** Does the work on the uploaded file; platform exceptions map as usual (400, 409...). */
    Object handle(Upload upload, Actor actor);

    /** The uploaded body, complete, in a temporary file of its own. */
    record Upload(Path file, long size, String contentType) {
    }
}
