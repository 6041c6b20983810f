package io.mercato.platform.web;

import io.mercato.platform.api.persistence.IdempotencyStore.IdempotentRequest;
import io.mercato.platform.api.persistence.IdempotencyStore.StoredResponse;
import io.mercato.platform.api.security.RequiresCapability;
import io.mercato.platform.api.security.StaffIdentity;
import java.io.IOException;
import java.util.Optional;
import javax.servlet.http.Cookie;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A {@code POST} endpoint served outside JAX-RS with the contract of the JAX-RS application: method, media type and
 * declared size, then login and capability (before a byte of the body is read or stored), then the body,
 * Idempotency-Key and the work; every failure is problem JSON. Subclasses read the body and do the work.
 */
abstract class EndpointServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;
    private static final Logger LOG = LoggerFactory.getLogger(EndpointServlet.class);
    private final String path;
    private final transient RequiresCapability requirement;
    private final transient EndpointGate gate;

    EndpointServlet(String path, Class<?> endpointType, EndpointGate gate) {
        this.path = path;
        this.requirement = CapabilityFilter.requirement(null, endpointType);
        this.gate = gate;
    }

    /** The request body, checked (media type, size) and read where the subclass keeps it. */
    interface Body extends AutoCloseable {
        /** What makes a retry the same request. */
        String fingerprint();

        @Override
        void close();
    }

    /** An answer with its status; the body is JSON. */
    record Answer(int status, String json) {
    }

    /** Refuses what the headers already show is wrong (media type, declared length), before the login is checked. */
    protected abstract void checkHeaders(HttpServletRequest request) throws ProblemException, IOException;

    protected abstract Body readBody(HttpServletRequest request, String path) throws ProblemException, IOException;

    protected abstract Answer handle(Body body, StaffIdentity identity) throws ProblemException, IOException;

    final EndpointGate gate() {
        return gate;
    }

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
        try {
            if (!"POST".equals(request.getMethod())) {
                response.setHeader("Allow", "POST");
                throw new ProblemException(Problem.ofStatus(405, "Method Not Allowed"));
            }
            checkHeaders(request);
            StaffIdentity identity = identify(request, response);
            checkCapability(identity, request);
            try (Body body = readBody(request, path)) {
                String key = request.getHeader(IdempotencyFilter.HEADER);
                if (key == null) {
                    Answer answer = handle(body, identity);
                    ServletResponses.json(response, answer.status(), "application/json", answer.json());
                } else {
                    serveIdempotently(key, body, identity, response);
                }
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

    private void checkCapability(StaffIdentity identity, HttpServletRequest request) throws ProblemException {
        if (requirement == null) {
            return;
        }
        StaffAccess.Caller caller = gate.access().caller(identity.username(), identity.roles());
        if (!caller.may(requirement.value(), requirement.level())) {
            gate.refusals().record(identity.username(), requirement, "POST", request.getRequestURI(), request.getRemoteAddr());
            throw new ProblemException(CapabilityFilter.refusal(requirement, caller));
        }
    }

    /** The work, the key and the answer commit together; a retry gets the stored answer. */
    private void serveIdempotently(String key, Body body, StaffIdentity identity, HttpServletResponse response)
            throws ProblemException, IOException {
        Problem invalidKey = IdempotencyFilter.invalidKey(key);
        if (invalidKey != null) {
            throw new ProblemException(invalidKey);
        }
        try (IdempotentRequest idempotent = gate.idempotency().begin(identity.username(), key, body.fingerprint())) {
            switch (idempotent.outcome()) {
                case NEW -> {
                    Answer answer = handle(body, identity);
                    idempotent.complete(new StoredResponse(answer.status(), "application/json", answer.json()));
                    ServletResponses.json(response, answer.status(), "application/json", answer.json());
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

    /** Refuses a body whose declared length is over the limit, reading it away first so the client sees the 413. */
    static void checkDeclaredLength(HttpServletRequest request, long limit) throws ProblemException, IOException {
        if (request.getContentLengthLong() > limit) {
            LimitedInputStream.discard(request.getInputStream());
            throw new ProblemException(Problem.tooLarge(limit));
        }
    }

    /** The media type without parameters, lower case; null when none was sent. */
    static String mediaType(String contentType) {
        if (contentType == null) {
            return null;
        }
        int end = contentType.indexOf(';');
        return (end < 0 ? contentType : contentType.substring(0, end)).trim().toLowerCase(java.util.Locale.ROOT);
    }
}
