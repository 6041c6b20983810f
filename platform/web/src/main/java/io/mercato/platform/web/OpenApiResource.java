package io.mercato.platform.web;

import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.core.MediaType;

/** {@code GET /api/openapi.json}: the OpenAPI 3 document of the whole API, for any logged-in user and integrators. */
@Path("openapi.json")
public final class OpenApiResource {
    private final OpenApiDocument document;

    OpenApiResource(OpenApiDocument document) {
        this.document = document;
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public String document() {
        return document.json();
    }
}
