package io.mercato.platform.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import javax.servlet.http.HttpServletResponse;

/** Writes answers from plain servlets and filters (JAX-RS resources use {@link Problems} and the JSON provider). */
final class ServletResponses {
    /** Seconds a client should wait before retrying a 503. */
    static final String RETRY_AFTER_SECONDS = "5";

    private ServletResponses() {
    }

    /**
     * Says which part of the platform answered for a department that did not (the fallback servlet, an error status or a
     * failure below): what to look at when a department stays "starting".
     */
    static final String UNSERVED_HEADER = "Mercato-Unserved";

    static void problem(HttpServletResponse response, Problem problem) throws IOException {
        if (problem.status() == 503) {
            response.setHeader("Retry-After", RETRY_AFTER_SECONDS);
        }
        json(response, problem.status(), Problem.MEDIA_TYPE, JsonMapping.MAPPER.writeValueAsString(problem));
    }

    static void json(HttpServletResponse response, int status, String contentType, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        response.setStatus(status);
        response.setContentType(contentType);
        response.setContentLength(bytes.length);
        response.getOutputStream().write(bytes);
    }
}
