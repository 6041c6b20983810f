package io.mercato.delivery.impl.rest;

import io.mercato.delivery.impl.persistence.BlacklistRow;
import io.mercato.delivery.impl.service.Blacklist;
import io.mercato.delivery.impl.service.OrderReview;
import io.mercato.platform.api.Page;
import io.mercato.platform.api.security.RequiresCapability;
import io.mercato.platform.api.web.Requests;
import javax.ws.rs.Consumes;
import javax.ws.rs.DELETE;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.SecurityContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** {@code /api/delivery/blacklist}: phones and addresses whose orders always go to review. */
@Component(service = BlacklistResource.class)
@RequiresCapability(OrderReview.CAPABILITY)
@Path("blacklist")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class BlacklistResource {
    private final Blacklist blacklist;

    @Activate
    public BlacklistResource(@Reference Blacklist blacklist) {
        this.blacklist = blacklist;
    }

    @GET
    public Page<BlacklistRow> list(@QueryParam("q") String q, @QueryParam("page") Integer page, @QueryParam("size") Integer size,
                                   @QueryParam("after") String after) {
        return blacklist.search(q, Requests.page(page, size, after));
    }

    @POST
    public Response add(Blacklist.Entry entry, @Context SecurityContext security) {
        return Response.status(Response.Status.CREATED).entity(blacklist.add(entry, Requests.actor(security))).build();
    }

    @DELETE
    @Path("{id: [0-9]{1,18}}")
    public Response remove(@PathParam("id") long id, @Context SecurityContext security) {
        blacklist.remove(id, Requests.actor(security));
        return Response.noContent().build();
    }
}
