package io.mercato.delivery.impl.rest;

import io.mercato.delivery.impl.fulfilment.Picking;
import io.mercato.delivery.impl.fulfilment.Shipping;
import io.mercato.delivery.impl.persistence.PickListRow;
import io.mercato.platform.api.Page;
import io.mercato.platform.api.security.RequiresCapability;
import io.mercato.platform.api.web.Requests;
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
 * {@code /api/delivery/pick-lists} and {@code /api/delivery/shipments}: batching a warehouse's allocated orders into a pick
 * list, packing, shipping with a courier's label, and the delivery events couriers report.
 */
@Component(service = FulfilmentResource.class)
@RequiresCapability(Picking.CAPABILITY)
@Path("/")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class FulfilmentResource {
    private static final String PICK_LIST = "{number: PL-[0-9]+}";
    private static final String SHIPMENT = "{number: SO-[0-9]+-[A-Z0-9-]+}";
    private final Picking picking;
    private final Shipping shipping;

    @Activate
    public FulfilmentResource(@Reference Picking picking, @Reference Shipping shipping) {
        this.picking = picking;
        this.shipping = shipping;
    }

    @GET
    @Path("pick-lists")
    public Page<PickListRow> pickLists(@QueryParam("warehouse") String warehouse, @QueryParam("page") Integer page,
                                       @QueryParam("size") Integer size, @QueryParam("after") String after) {
        return picking.search(warehouse, Requests.page(page, size, after));
    }

    @POST
    @Path("pick-lists")
    public Response createPickList(Picking.NewPickList input, @Context SecurityContext security) {
        return Response.status(Response.Status.CREATED).entity(picking.create(input, Requests.actor(security))).build();
    }

    @GET
    @Path("pick-lists/" + PICK_LIST)
    public Picking.PickList pickList(@PathParam("number") String number) {
        return picking.get(number);
    }

    @GET
    @Path("shipments/" + SHIPMENT)
    public Shipping.Shipment shipment(@PathParam("number") String number) {
        return shipping.get(number);
    }

    @POST
    @Path("shipments/" + SHIPMENT + "/pack")
    public Shipping.Shipment pack(@PathParam("number") String number, Shipping.Packing packing, @Context SecurityContext security) {
        return shipping.pack(number, packing, Requests.actor(security));
    }

    @POST
    @Path("shipments/" + SHIPMENT + "/ship")
    public Shipping.Shipment ship(@PathParam("number") String number, Shipping.Label label, @Context SecurityContext security) {
        return shipping.ship(number, label, Requests.actor(security));
    }

    @POST
    @Path("shipments/" + SHIPMENT + "/events")
    public Shipping.Shipment report(@PathParam("number") String number, Shipping.DeliveryEvent event, @Context SecurityContext security) {
        return shipping.report(number, event, Requests.actor(security));
    }
}
