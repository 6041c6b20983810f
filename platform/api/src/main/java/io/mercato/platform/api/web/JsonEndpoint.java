package io.mercato.platform.api.web;

import io.mercato.platform.api.Actor;
import org.osgi.annotation.versioning.ConsumerType;

/**
 * A {@code POST} endpoint under {@code /api} served by a plain servlet instead of the JAX-RS application:
 * for hot paths only (order intake reserving stock), where the JAX-RS stack costs more CPU than the work.
 * Register it as a service with the property {@link #PATH}. The platform gives it the same contract as every
 * other endpoint: login required, {@code @RequiresCapability} on the class honoured, body limit, strict
 * JSON with field errors, {@code Idempotency-Key}, problem JSON for every failure. The path must not be
 * used by a JAX-RS resource for {@code POST}; other methods on it are answered 405. Its first segment names the
 * department: the servlet lives in that department's application context ({@code mercato.<department>}, see
 * {@link MercatoApi}), so it is served while that application is.
 *
 * @param <I> the request body type, read strictly (unknown fields are refused)
 */
@ConsumerType
public interface JsonEndpoint<I> {
    /** Service property: the path below {@code /api}, department first, e.g. {@code warehouse/reservations}. */
    String PATH = "mercato.endpoint.path";

    Class<I> inputType();

    /** Does the work; the result is written as JSON with status 200. Platform exceptions map as usual. */
    Object handle(I input, Actor actor);
}
