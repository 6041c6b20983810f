package io.mercato.platform.web;

import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.core.MediaType;

/** {@code GET /api}: open, tells a load balancer or a boot script that the API is up. */
@io.mercato.platform.api.security.ExternalAccess
@Path("")
@Produces(MediaType.APPLICATION_JSON)
public final class ApiRootResource {
    public record Status(String name, String status) {
    }

    @GET
    public Status status() {
        return new Status("mercato", "up");
    }
}
