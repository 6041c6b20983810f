package com.example.shop.giftwrap.impl;

import com.example.shop.giftwrap.api.WrapOption;
import com.example.shop.giftwrap.api.WrapRequest;
import io.mercato.platform.api.NotFoundException;
import io.mercato.platform.api.org.PositionLevel;
import io.mercato.platform.api.security.RequiresCapability;
import io.mercato.platform.api.web.Requests;
import java.util.List;
import javax.ws.rs.Consumes;
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

/**
 * {@code /api/giftwrap}: wrap options (supervisors set them and their prices) and wrap requests per sales order (taken
 * by anyone with the capability, marked wrapped at the packing table).
 */
@Component(service = WrapResource.class)
@RequiresCapability(WrapResource.CAPABILITY)
@Path("/")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class WrapResource {
    public static final String CAPABILITY = "giftwrap.use";
    private final GiftWrapping wrapping;

    @Activate
    public WrapResource(@Reference GiftWrapping wrapping) {
        this.wrapping = wrapping;
    }

    @GET
    @Path("options")
    public List<WrapOption> options() {
        return wrapping.options();
    }

    @RequiresCapability(value = CAPABILITY, level = PositionLevel.SUPERVISOR)
    @POST
    @Path("options")
    public Response addOption(GiftWrapping.OptionInput input, @Context SecurityContext security) {
        return Response.status(Response.Status.CREATED).entity(wrapping.addOption(input, Requests.actor(security))).build();
    }

    @GET
    @Path("requests")
    public List<WrapRequest> requests(@QueryParam("order") String order, @QueryParam("status") String status) {
        return wrapping.requests(order, status);
    }

    /** Takes a wrap request; an Idempotency-Key makes a retry answer the first request. */
    @POST
    @Path("requests")
    public Response request(GiftWrapping.RequestInput input, @Context SecurityContext security) {
        return Response.status(Response.Status.CREATED).entity(wrapping.request(input, Requests.actor(security))).build();
    }

    @POST
    @Path("requests/{id}/wrapped")
    public WrapRequest wrapped(@PathParam("id") String id, @Context SecurityContext security) {
        try {
            return wrapping.markWrapped(Long.parseLong(id), Requests.actor(security));
        } catch (NumberFormatException e) {
            throw new NotFoundException("No wrap request " + id);
        }
    }
}
