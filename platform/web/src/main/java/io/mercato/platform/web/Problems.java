package io.mercato.platform.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.mercato.platform.api.FieldError;
import java.util.List;
import javax.ws.rs.WebApplicationException;
import javax.ws.rs.core.Response;

/** Builds problem responses; the body is serialised here so no provider can turn it into something else. */
public final class Problems {
    private Problems() {
    }

    public static Response response(Problem problem) {
        try {
            return Response.status(problem.status())
                    .type(Problem.MEDIA_TYPE)
                    .entity(JsonMapping.MAPPER.writeValueAsString(problem))
                    .build();
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Problem details could not be serialised", e);
        }
    }

    public static WebApplicationException badRequest(String field, String message) {
        return new WebApplicationException(response(Problem.validation(List.of(new FieldError(field, message)))));
    }

    public static WebApplicationException failure(int status, String title, String detail) {
        return new WebApplicationException(response(Problem.of(status, title, detail)));
    }
}
