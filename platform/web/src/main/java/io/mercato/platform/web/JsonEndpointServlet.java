package io.mercato.platform.web;

import io.mercato.platform.api.Actor;
import io.mercato.platform.api.security.StaffIdentity;
import io.mercato.platform.api.web.JsonEndpoint;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import javax.servlet.http.HttpServletRequest;

/** Serves one {@link JsonEndpoint}: a JSON body up to the API's limit, read strictly; the answer is 200 JSON. */
final class JsonEndpointServlet extends EndpointServlet {
    private static final long serialVersionUID = 1L;
    private final transient JsonEndpoint<Object> endpoint;
    private final transient com.fasterxml.jackson.databind.JavaType inputType;

    JsonEndpointServlet(JsonEndpoint<Object> endpoint, String path, EndpointGate gate) {
        super(path, endpoint.getClass(), gate);
        this.endpoint = endpoint;
        this.inputType = JsonMapping.MAPPER.getTypeFactory().constructType(endpoint.inputType());
    }

    /** The body as read; its fingerprint is worked out only for a request with an Idempotency-Key, which needs it. */
    private record JsonBody(byte[] bytes, String path, String contentType) implements Body {
        @Override
        public String fingerprint() {
            return RequestFingerprint.of("POST", path, contentType, bytes);
        }

        @Override
        public void close() {
            // held in memory: nothing to release
        }
    }

    @Override
    protected void checkHeaders(HttpServletRequest request) throws ProblemException, IOException {
        String type = request.getContentType();
        if (type == null || !JsonProvider.isJson(type)) {
            throw new ProblemException(Problem.ofStatus(415, "Unsupported Media Type"));
        }
        checkDeclaredLength(request, gate().maxBodyBytes());
    }

    @Override
    protected Body readBody(HttpServletRequest request, String path) throws ProblemException, IOException {
        long limit = gate().maxBodyBytes();
        try {
            byte[] bytes = new LimitedInputStream(request.getInputStream(), limit).readAllBytes();
            return new JsonBody(bytes, path, request.getContentType());
        } catch (PayloadTooLargeException e) {
            LimitedInputStream.discard(request.getInputStream());
            throw new ProblemException(Problem.tooLarge(e.limit()));
        }
    }

    @Override
    protected Answer handle(Body body, StaffIdentity identity) throws ProblemException, IOException {
        Object input = JsonProvider.read(new ByteArrayInputStream(((JsonBody) body).bytes()), inputType);
        Object result = endpoint.handle(input, new Actor(identity.username()));
        return new Answer(200, JsonMapping.MAPPER.writeValueAsString(result));
    }
}
