package io.mercato.platform.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.mercato.platform.api.persistence.IdempotencyStore;
import io.mercato.platform.api.persistence.IdempotencyStore.Claim;
import io.mercato.platform.api.persistence.IdempotencyStore.StoredResponse;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import javax.annotation.Priority;
import javax.ws.rs.Priorities;
import javax.ws.rs.container.ContainerRequestContext;
import javax.ws.rs.container.ContainerRequestFilter;
import javax.ws.rs.container.ContainerResponseContext;
import javax.ws.rs.container.ContainerResponseFilter;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;

/**
 * Honours {@code Idempotency-Key} on every POST: the first response is stored and replayed to retries,
 * so nothing is created twice; the same key with a different body is refused.
 */
@Priority(Priorities.USER)
public final class IdempotencyFilter implements ContainerRequestFilter, ContainerResponseFilter {
    public static final String HEADER = "Idempotency-Key";
    private static final String CLAIMED = IdempotencyFilter.class.getName() + ".claimed";
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
        Claim claim = store.claim(owner, key, fingerprint(request.getMethod(), request.getUriInfo().getPath(), body));
        switch (claim.outcome()) {
            case NEW -> request.setProperty(CLAIMED, new String[] {owner, key});
            case REPLAY -> request.abortWith(Response.status(claim.response().status())
                    .type(claim.response().contentType())
                    .entity(claim.response().body())
                    .header("Idempotent-Replayed", "true").build());
            case IN_PROGRESS, MISMATCH -> request.abortWith(Problems.response(refusal(claim)));
        }
    }

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        if (!(request.getProperty(CLAIMED) instanceof String[] claimed)) {
            return;
        }
        if (response.getStatus() >= 200 && response.getStatus() < 300) {
            MediaType type = response.getMediaType() == null ? MediaType.APPLICATION_JSON_TYPE : response.getMediaType();
            store.complete(claimed[0], claimed[1], new StoredResponse(response.getStatus(), type.toString(), serialise(response.getEntity())));
        } else {
            store.abandon(claimed[0], claimed[1]);
        }
    }

    /** A problem when the key is blank or too long; null when it is usable. */
    static Problem invalidKey(String key) {
        return key.isBlank() || key.length() > MAX_KEY_LENGTH
                ? Problem.field(HEADER, "must be 1 to " + MAX_KEY_LENGTH + " characters") : null;
    }

    /** Why a claim that is neither new nor a replay is refused. */
    static Problem refusal(Claim claim) {
        return claim.outcome() == IdempotencyStore.Outcome.IN_PROGRESS
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

    /** Method, path (without leading or trailing slashes) and body: what makes a retry the same request. */
    static String fingerprint(String method, String path, byte[] body) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update((method + ' ' + AuthenticationFilter.withoutEdgeSlashes(path) + '\n').getBytes(StandardCharsets.UTF_8));
            digest.update(body);
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
