package io.mercato.delivery.impl.rest;

import io.mercato.delivery.impl.fulfilment.Couriers;
import io.mercato.delivery.impl.fulfilment.Picking;
import io.mercato.platform.api.org.PositionLevel;
import io.mercato.platform.api.security.RequiresCapability;
import io.mercato.platform.api.web.Requests;
import java.util.List;
import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.PUT;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.SecurityContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * {@code /api/delivery/couriers}: courier partners, read by the shipping team; chosen and changed by the delivery audit
 * supervisors (配送稽核), who answer for them.
 */
@Component(service = CourierResource.class)
@RequiresCapability(Picking.CAPABILITY)
@Path("couriers")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class CourierResource {
    static final String AUDIT = "delivery.audit";
    private final Couriers couriers;

    @Activate
    public CourierResource(@Reference Couriers couriers) {
        this.couriers = couriers;
    }

    @GET
    public List<Couriers.Courier> all() {
        return couriers.all();
    }

    @GET
    @Path("{code: [A-Z0-9-]{2,20}}")
    public Couriers.Courier get(@PathParam("code") String code) {
        return couriers.get(code);
    }

    @RequiresCapability(value = AUDIT, level = PositionLevel.SUPERVISOR)
    @POST
    public Response create(Couriers.CourierInput input, @Context SecurityContext security) {
        return Response.status(Response.Status.CREATED).entity(couriers.create(input, Requests.actor(security))).build();
    }

    @RequiresCapability(value = AUDIT, level = PositionLevel.SUPERVISOR)
    @PUT
    @Path("{code: [A-Z0-9-]{2,20}}")
    public Couriers.Courier update(@PathParam("code") String code, Couriers.CourierInput input, @Context SecurityContext security) {
        return couriers.update(code, input, Requests.actor(security));
    }
}
