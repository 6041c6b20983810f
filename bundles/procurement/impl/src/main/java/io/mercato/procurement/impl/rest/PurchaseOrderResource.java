package io.mercato.procurement.impl.rest;

import io.mercato.platform.api.web.Requests;
import io.mercato.platform.api.Page;
import io.mercato.platform.api.security.RequiresCapability;
import io.mercato.procurement.impl.service.Capabilities;
import io.mercato.procurement.impl.service.OrderInput;
import io.mercato.procurement.impl.service.OrderWorkflow;
import io.mercato.procurement.impl.service.PurchaseOrder;
import io.mercato.procurement.impl.service.PurchaseOrderService;
import io.mercato.procurement.impl.service.ReceiptInput;
import io.mercato.procurement.impl.service.Receiving;
import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.PUT;
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
 * {@code /api/procurement/purchase-orders}: orders with their lines, receipts and actions (submit, send, cancel, copy);
 * {@code overdue} lists open orders past their expected date; receiving needs {@code procurement.receive}.
 */
@Component(service = PurchaseOrderResource.class)
@RequiresCapability(Capabilities.ORDER)
@Path("purchase-orders")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class PurchaseOrderResource {
    private static final String NUMBER = "{number: PO-[0-9]+}";
    private final PurchaseOrderService orders;
    private final OrderWorkflow workflow;
    private final Receiving receiving;

    @Activate
    public PurchaseOrderResource(@Reference PurchaseOrderService orders, @Reference OrderWorkflow workflow,
                                 @Reference Receiving receiving) {
        this.orders = orders;
        this.workflow = workflow;
        this.receiving = receiving;
    }

    @GET
    public Page<PurchaseOrder> list(@QueryParam("q") String q, @QueryParam("status") String status,
                                    @QueryParam("supplier") String supplier, @QueryParam("page") Integer page,
                                    @QueryParam("size") Integer size, @QueryParam("after") String after) {
        return orders.search(q, status, supplier, Requests.page(page, size, after));
    }

    @GET
    @Path("overdue")
    public Page<PurchaseOrder> overdue(@QueryParam("supplier") String supplier, @QueryParam("page") Integer page,
                                       @QueryParam("size") Integer size) {
        return orders.overdue(supplier, Requests.page(page, size, null));
    }

    @POST
    public Response create(OrderInput input, @Context SecurityContext security) {
        return Response.status(Response.Status.CREATED).entity(orders.create(input, null, Requests.actor(security))).build();
    }

    @GET
    @Path(NUMBER)
    public PurchaseOrder get(@PathParam("number") String number) {
        return orders.get(number);
    }

    @PUT
    @Path(NUMBER)
    public PurchaseOrder update(@PathParam("number") String number, OrderInput input, @Context SecurityContext security) {
        return orders.update(number, input, Requests.actor(security));
    }

    @POST
    @Path(NUMBER + "/submit")
    public PurchaseOrder submit(@PathParam("number") String number, @Context SecurityContext security) {
        return workflow.submit(number, Requests.actor(security));
    }

    @POST
    @Path(NUMBER + "/send")
    public PurchaseOrder send(@PathParam("number") String number, @Context SecurityContext security) {
        return workflow.send(number, Requests.actor(security));
    }

    @POST
    @Path(NUMBER + "/cancel")
    public PurchaseOrder cancel(@PathParam("number") String number, Requests.Reason reason, @Context SecurityContext security) {
        return workflow.cancel(number, Requests.Reason.of(reason), Requests.actor(security));
    }

    @POST
    @Path(NUMBER + "/copy")
    public Response copy(@PathParam("number") String number, @Context SecurityContext security) {
        return Response.status(Response.Status.CREATED).entity(orders.copy(number, Requests.actor(security))).build();
    }

    @RequiresCapability(Capabilities.RECEIVE)
    @POST
    @Path(NUMBER + "/receipts")
    public Response receive(@PathParam("number") String number, ReceiptInput receipt, @Context SecurityContext security) {
        return Response.status(Response.Status.CREATED).entity(receiving.receive(number, receipt, Requests.actor(security))).build();
    }
}
