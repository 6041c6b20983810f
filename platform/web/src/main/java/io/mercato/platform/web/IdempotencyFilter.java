package io.mercato.platform.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.mercato.platform.api.persistence.IdempotencyStore;
import io.mercato.platform.api.persistence.IdempotencyStore.IdempotentRequest;
import io.mercato.platform.api.persistence.IdempotencyStore.StoredResponse;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import javax.annotation.Priority;
import javax.ws.rs.Priorities;
import javax.ws.rs.container.ContainerRequestContext;
import javax.ws.rs.container.ContainerRequestFilter;
import javax.ws.rs.container.ContainerResponseContext;
import javax.ws.rs.container.ContainerResponseFilter;
import javax.ws.rs.core.HttpHeaders;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;

/**
 * Honours {@code Idempotency-Key} on every POST: the work of the request, the key and the first answer commit in
 * one transaction, and retries get that answer again; the same key with a different body is refused.
 */
@Priority(Priorities.USER)
public final class IdempotencyFilter implements ContainerRequestFilter, ContainerResponseFilter {
    public static final String HEADER = "Idempotency-Key";
    private static final String REQUEST = IdempotencyFilter.class.getName() + ".request";
    private static final int MAX_KEY_LENGTH = 200;
    private final IdempotencyStore store;

    public IdempotencyFilter(IdempotencyStore store) {
        this.store = store;
    }

    @Override
    public void filter(ContainerRequestContext request) throws IOException {
        String key = request.getHeaderString(HEADER);
        if (key == null || !"POST".equals(request.getMethod()) || request.getSecurityContext().getUserPrincipal() == null) {
            return;
        }
        Problem invalidKey = invalidKey(key);
        if (invalidKey != null) {
            request.abortWith(Problems.response(invalidKey));
            return;
        }
        byte[] body;
        try {
            body = request.getEntityStream().readAllBytes();
        } catch (PayloadTooLargeException e) {
            request.abortWith(Problems.response(Problem.tooLarge(e.limit())));
            return;
        }
        request.setEntityStream(new ByteArrayInputStream(body));
        String owner = request.getSecurityContext().getUserPrincipal().getName();
        String fingerprint = RequestFingerprint.of(request.getMethod(), request.getUriInfo().getPath(),
                request.getHeaderString(HttpHeaders.CONTENT_TYPE), body);
        IdempotentRequest idempotent = store.begin(owner, key, fingerprint);
        switch (idempotent.outcome()) {
            case NEW -> request.setProperty(REQUEST, idempotent);
            case REPLAY -> request.abortWith(replay(idempotent.storedResponse()));
            default -> request.abortWith(Problems.response(refusal(idempotent.outcome())));
        }
    }

    /** Commits the request's work with its answer when it succeeded; otherwise nothing of it stays. */
    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        if (!(request.getProperty(REQUEST) instanceof IdempotentRequest idempotent)) {
            return;
        }
        request.removeProperty(REQUEST);
        try (idempotent) {
            if (response.getStatus() >= 200 && response.getStatus() < 300) {
                MediaType type = response.getMediaType() == null ? MediaType.APPLICATION_JSON_TYPE : response.getMediaType();
                idempotent.complete(new StoredResponse(response.getStatus(), type.toString(), serialise(response.getEntity())));
            }
        } catch (RuntimeException notCommitted) {
            // The work is not durable, so the client must not see a success.
            Problem problem = Problem.from(notCommitted);
            Response failed = Problems.response(problem != null ? problem
                    : Problem.of(500, "Internal error", "The request could not be committed; nothing was changed"));
            response.setStatus(failed.getStatus());
            response.getHeaders().putSingle(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE);
            response.setEntity(failed.getEntity());
        }
    }

    static Response replay(StoredResponse stored) {
        return Response.status(stored.status()).type(stored.contentType()).entity(stored.body())
                .header("Idempotent-Replayed", "true").build();
    }

    /** A problem when the key is blank or too long; null when it is usable. */
    static Problem invalidKey(String key) {
        return key.isBlank() || key.length() > MAX_KEY_LENGTH
                ? Problem.field(HEADER, "must be 1 to " + MAX_KEY_LENGTH + " characters") : null;
    }

    /** Why a request that is neither new nor a replay is refused. */
    static Problem refusal(IdempotencyStore.Outcome outcome) {
        return outcome == IdempotencyStore.Outcome.IN_PROGRESS
                ? Problem.of(409, "Conflict", "A request with this Idempotency-Key is still being processed; retry shortly")
                : Problem.of(422, "Unprocessable Content", "This Idempotency-Key was already used for a different request");
    }

    static String serialise(Object entity) {
        if (entity == null) {
            return "";
        }
        if (entity instanceof String text) {
            return text;
        }
        try {
            return JsonMapping.MAPPER.writeValueAsString(entity);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Response could not be stored for idempotent replay", e);
        }
    }
}
