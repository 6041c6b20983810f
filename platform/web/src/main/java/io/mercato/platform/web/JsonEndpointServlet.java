package io.mercato.platform.web;

import io.mercato.platform.api.Actor;
import io.mercato.platform.api.persistence.IdempotencyStore;
import io.mercato.platform.api.persistence.IdempotencyStore.Claim;
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
        String[] claimed = null;
        try {
            byte[] body = checkedBody(request, response);
            Authenticator.Identity identity = identify(request, response);
            if (requirement != null) {
                StaffAccess.Caller caller = gate.access().caller(identity.username(), identity.roles());
                if (!caller.may(requirement.value(), requirement.level())) {
                    throw new ProblemException(CapabilityFilter.refusal(requirement, caller));
                }
            }
            String key = request.getHeader(IdempotencyFilter.HEADER);
            if (key != null) {
                claimed = claim(identity.username(), key, body, response);
                if (claimed == null) {
                    return;
                }
            }
            Object result = endpoint.handle(read(body), new Actor(identity.username()));
            String json = JsonMapping.MAPPER.writeValueAsString(result);
            if (claimed != null) {
                gate.idempotency().complete(claimed[0], claimed[1], new IdempotencyStore.StoredResponse(200, "application/json", json));
                claimed = null;
            }
            write(response, 200, "application/json", json);
        } catch (ProblemException refused) {
            write(response, refused.problem());
        } catch (RuntimeException failure) {
            Problem known = Problem.from(failure);
            if (known == null) {
                LOG.error("Unexpected failure while serving POST /api/{}", path, failure);
                known = Problem.of(500, "Internal error", "The request failed unexpectedly; it has been logged");
            }
            write(response, known);
        } finally {
            if (claimed != null) {
                gate.idempotency().abandon(claimed[0], claimed[1]);
            }
        }
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

    private Authenticator.Identity identify(HttpServletRequest request, HttpServletResponse response) throws ProblemException {
        String session = null;
        if (request.getCookies() != null) {
            for (Cookie cookie : request.getCookies()) {
                if (AuthenticationFilter.SESSION_COOKIE.equals(cookie.getName())) {
                    session = cookie.getValue();
                }
            }
        }
        Optional<Authenticator.Identity> identity = gate.callers().identify(request.getHeader("Authorization"), session);
        if (identity.isEmpty()) {
            response.setHeader("WWW-Authenticate", AuthenticationFilter.CHALLENGE);
            throw new ProblemException(AuthenticationFilter.LOGIN_FIRST);
        }
        return identity.get();
    }

    /** The claimed owner and key, or null when the response was already written (a replay). */
    private String[] claim(String owner, String key, byte[] body, HttpServletResponse response) throws ProblemException, IOException {
        Problem invalidKey = IdempotencyFilter.invalidKey(key);
        if (invalidKey != null) {
            throw new ProblemException(invalidKey);
        }
        Claim claim = gate.idempotency().claim(owner, key, IdempotencyFilter.fingerprint("POST", path, body));
        switch (claim.outcome()) {
            case NEW -> {
                return new String[] {owner, key};
            }
            case REPLAY -> {
                response.setHeader("Idempotent-Replayed", "true");
                write(response, claim.response().status(), claim.response().contentType(), claim.response().body());
                return null;
            }
            default -> throw new ProblemException(IdempotencyFilter.refusal(claim));
        }
    }

    private Object read(byte[] body) throws ProblemException, IOException {
        return JsonProvider.read(new java.io.ByteArrayInputStream(body), inputType);
    }

    private static void write(HttpServletResponse response, Problem problem) throws IOException {
        write(response, problem.status(), Problem.MEDIA_TYPE, JsonMapping.MAPPER.writeValueAsString(problem));
    }

    private static void write(HttpServletResponse response, int status, String contentType, String body) throws IOException {
        byte[] bytes = body.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        response.setStatus(status);
        response.setContentType(contentType);
        response.setContentLength(bytes.length);
        response.getOutputStream().write(bytes);
    }
}
