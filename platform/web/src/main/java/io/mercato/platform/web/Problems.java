package io.mercato.platform.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import javax.ws.rs.core.Response;

/** Builds problem responses; the body is serialised here so no provider can turn it into something else. */
public final class Problems {
    private Problems() {
    }

    public static Response response(Problem problem) {
        try {
            Response.ResponseBuilder response = Response.status(problem.status())
                    .type(Problem.MEDIA_TYPE)
                    .entity(JsonMapping.MAPPER.writeValueAsString(problem));
            if (problem.status() == 503) {
                response.header("Retry-After", ServletResponses.RETRY_AFTER_SECONDS);
            }
            return response.build();
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Problem details could not be serialised", e);
        }
    }
}
