package io.mercato.platform.web;

import io.mercato.platform.api.Actor;
import io.mercato.platform.api.security.StaffIdentity;
import io.mercato.platform.api.persistence.IdempotencyStore.IdempotentRequest;
import io.mercato.platform.api.persistence.IdempotencyStore.StoredResponse;
import io.mercato.platform.api.security.RequiresCapability;
import io.mercato.platform.api.web.JsonEndpoint;
import java.io.IOException;
import java.util.Optional;
import javax.servlet.http.Cookie;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Serves one {@link JsonEndpoint} with the contract of the JAX-RS application, in the same order: method and
 * media type, body limit, login, capability, Idempotency-Key, strict JSON, then the work; every failure is
 * problem JSON.
 */
final class JsonEndpointServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;
    private static final Logger LOG = LoggerFactory.getLogger(JsonEndpointServlet.class);
    private final transient JsonEndpoint<Object> endpoint;
    private final String path;
    private final transient RequiresCapability requirement;
    private final transient com.fasterxml.jackson.databind.JavaType inputType;
    private final transient EndpointGate gate;

    JsonEndpointServlet(JsonEndpoint<Object> endpoint, String path, EndpointGate gate) {
        this.endpoint = endpoint;
        this.path = path;
        this.requirement = CapabilityFilter.requirement(null, endpoint.getClass());
        this.inputType = JsonMapping.MAPPER.getTypeFactory().constructType(endpoint.inputType());
        this.gate = gate;
    }

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
        try {
            byte[] body = checkedBody(request, response);
            StaffIdentity identity = identify(request, response);
            if (requirement != null) {
                StaffAccess.Caller caller = gate.access().caller(identity.username(), identity.roles());
                if (!caller.may(requirement.value(), requirement.level())) {
                    gate.refusals().record(identity.username(), requirement, "POST", request.getRequestURI(), request.getRemoteAddr());
                    throw new ProblemException(CapabilityFilter.refusal(requirement, caller));
                }
            }
            String key = request.getHeader(IdempotencyFilter.HEADER);
            if (key == null) {
                ServletResponses.json(response, 200, "application/json", handle(body, identity));
            } else {
                serveIdempotently(key, body, identity, request.getContentType(), response);
            }
        } catch (ProblemException refused) {
            ServletResponses.problem(response, refused.problem());
        } catch (RuntimeException failure) {
            Problem known = Problem.from(failure);
            if (known == null) {
                LOG.error("Unexpected failure while serving POST /api/{}", path, failure);
                known = Problem.of(500, "Internal error", "The request failed unexpectedly; it has been logged");
            }
            ServletResponses.problem(response, known);
        }
    }

    /** The work, the key and the answer commit together; a retry gets the stored answer. */
    private void serveIdempotently(String key, byte[] body, StaffIdentity identity, String contentType,
                                   HttpServletResponse response) throws ProblemException, IOException {
        Problem invalidKey = IdempotencyFilter.invalidKey(key);
        if (invalidKey != null) {
            throw new ProblemException(invalidKey);
        }
        String fingerprint = RequestFingerprint.of("POST", path, contentType, body);
        try (IdempotentRequest idempotent = gate.idempotency().begin(identity.username(), key, fingerprint)) {
            switch (idempotent.outcome()) {
                case NEW -> {
                    String json = handle(body, identity);
                    idempotent.complete(new StoredResponse(200, "application/json", json));
                    ServletResponses.json(response, 200, "application/json", json);
                }
                case REPLAY -> {
                    StoredResponse stored = idempotent.storedResponse();
                    response.setHeader("Idempotent-Replayed", "true");
                    ServletResponses.json(response, stored.status(), stored.contentType(), stored.body());
                }
                default -> throw new ProblemException(IdempotencyFilter.refusal(idempotent.outcome()));
            }
        }
    }

    private String handle(byte[] body, StaffIdentity identity) throws ProblemException, IOException {
        Object result = endpoint.handle(read(body), new Actor(identity.username()));
        return JsonMapping.MAPPER.writeValueAsString(result);
    }

    private byte[] checkedBody(HttpServletRequest request, HttpServletResponse response) throws ProblemException, IOException {
        if (!"POST".equals(request.getMethod())) {
            response.setHeader("Allow", "POST");
            throw new ProblemException(Problem.ofStatus(405, "Method Not Allowed"));
        }
        String type = request.getContentType();
        if (type == null || !JsonProvider.isJson(type)) {
            throw new ProblemException(Problem.ofStatus(415, "Unsupported Media Type"));
        }
        long limit = gate.maxBodyBytes();
        if (request.getContentLengthLong() > limit) {
            LimitedInputStream.discard(request.getInputStream());
            throw new ProblemException(Problem.tooLarge(limit));
        }
        try {
            return new LimitedInputStream(request.getInputStream(), limit).readAllBytes();
        } catch (PayloadTooLargeException e) {
            LimitedInputStream.discard(request.getInputStream());
            throw new ProblemException(Problem.tooLarge(e.limit()));
        }
    }

    private StaffIdentity identify(HttpServletRequest request, HttpServletResponse response) throws ProblemException {
        String session = null;
        if (request.getCookies() != null) {
            for (Cookie cookie : request.getCookies()) {
                if (AuthenticationFilter.SESSION_COOKIE.equals(cookie.getName())) {
                    session = cookie.getValue();
                }
            }
        }
        Optional<StaffIdentity> identity = gate.callers().identify(request.getHeader("Authorization"), session,
                request.getRemoteAddr());
        if (identity.isEmpty()) {
            response.setHeader("WWW-Authenticate", AuthenticationFilter.CHALLENGE);
            throw new ProblemException(AuthenticationFilter.LOGIN_FIRST);
        }
        return identity.get();
    }

    private Object read(byte[] body) throws ProblemException, IOException {
        return JsonProvider.read(new java.io.ByteArrayInputStream(body), inputType);
    }

}
