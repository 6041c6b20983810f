package io.mercato.platform.web;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.responses.ApiResponse;

/** Problem JSON in the OpenAPI document: its schema, and the answer every operation gives when it fails. */
final class OpenApiProblems {
    private OpenApiProblems() {
    }

    static Schema<?> schema() {
        Schema<?> fieldError = new ObjectSchema().addProperty("field", new StringSchema()).addProperty("message", new StringSchema());
        return new ObjectSchema().description("RFC 9457 problem details; errors name the fields of a refused input")
                .addProperty("type", new StringSchema()).addProperty("title", new StringSchema())
                .addProperty("status", new IntegerSchema()).addProperty("detail", new StringSchema())
                .addProperty("code", new StringSchema()).addProperty("errors", new ArraySchema().items(fieldError));
    }

    /**
     * Makes the failure answer every operation's default. swagger-core files the method's return value under
     * "default"; it is the success answer (200, 201 or 202 by the method), so it moves to "2XX".
     */
    static void addTo(OpenAPI document, String schemaName) {
        ApiResponse failure = new ApiResponse().description("refused or failed (400 field errors, 401, 403, 404, 409, 413, 503)")
                .content(new Content().addMediaType("application/problem+json",
                        new MediaType().schema(new Schema<>().$ref("#/components/schemas/" + schemaName))));
        document.getPaths().values().forEach(item -> item.readOperations().forEach(operation -> {
            if (operation.getResponses() == null) {
                operation.setResponses(new io.swagger.v3.oas.models.responses.ApiResponses());
            }
            ApiResponse success = operation.getResponses().remove("default");
            if (success != null && !operation.getResponses().keySet().stream().anyMatch(code -> code.startsWith("2"))) {
                operation.getResponses().addApiResponse("2XX", success.description("done"));
            }
            operation.getResponses().addApiResponse("default", failure);
        }));
    }
}
