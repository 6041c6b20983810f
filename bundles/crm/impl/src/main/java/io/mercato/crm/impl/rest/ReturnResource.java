package io.mercato.crm.impl.rest;

import io.mercato.crm.impl.persistence.RefundRow;
import io.mercato.crm.impl.persistence.ReturnCaseRow;
import io.mercato.crm.impl.returns.QualityCheckInput;
import io.mercato.crm.impl.returns.Refunds;
import io.mercato.crm.impl.returns.ReturnCase;
import io.mercato.crm.impl.returns.ReturnDesk;
import io.mercato.crm.impl.returns.ReturnHandling;
import io.mercato.crm.impl.returns.ReturnInput;
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
 * {@code /api/crm/returns}: the return/exchange register ({@code ?q=} number, order or customer; {@code ?status=};
 * {@code ?overdue=true} for refused goods not sent back within 72 hours), opening a return for delivered order lines, the
 * warehouse's receipt and quality check, sending refused goods back and the customer's dispute; {@code /api/crm/refunds}.
 */
@Component(service = ReturnResource.class)
@RequiresCapability(ReturnDesk.CAPABILITY)
@Path("/")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ReturnResource {
    private final ReturnDesk desk;
    private final ReturnHandling handling;
    private final Refunds refunds;

    @Activate
    public ReturnResource(@Reference ReturnDesk desk, @Reference ReturnHandling handling, @Reference Refunds refunds) {
        this.desk = desk;
        this.handling = handling;
        this.refunds = refunds;
    }

    @GET
    @Path("returns")
    public Page<ReturnCaseRow> search(@QueryParam("q") String q, @QueryParam("status") String status, @QueryParam("overdue") boolean overdue,
                                      @QueryParam("page") Integer page, @QueryParam("size") Integer size, @QueryParam("after") String after) {
        return desk.search(q, status, overdue, Requests.page(page, size, after));
    }

    @POST
    @Path("returns")
    public Response open(ReturnInput input, @Context SecurityContext security) {
        return Response.status(Response.Status.CREATED).entity(desk.open(input, Requests.actor(security))).build();
    }

    /** A delivered order's lines for a return form, with the return that took each line already. */
    @GET
    @Path("orders/{number}")
    public ReturnDesk.OrderForReturn order(@PathParam("number") String number) {
        return desk.orderForReturn(number);
    }

    @GET
    @Path("returns/{number: RT-[0-9]+}")
    public ReturnCase get(@PathParam("number") String number) {
        return desk.get(number);
    }

    @POST
    @Path("returns/{number: RT-[0-9]+}/receive")
    public ReturnCase receive(@PathParam("number") String number, ReturnHandling.Receipt receipt, @Context SecurityContext security) {
        return handling.receive(number, receipt, Requests.actor(security));
    }

    @POST
    @Path("returns/{number: RT-[0-9]+}/check")
    public ReturnCase check(@PathParam("number") String number, QualityCheckInput input, @Context SecurityContext security) {
        return handling.check(number, input, Requests.actor(security));
    }

    @POST
    @Path("returns/{number: RT-[0-9]+}/sent-back")
    public ReturnCase sentBack(@PathParam("number") String number, ReturnHandling.SendBack sendBack, @Context SecurityContext security) {
        return handling.sentBack(number, sendBack, Requests.actor(security));
    }

    @POST
    @Path("returns/{number: RT-[0-9]+}/dispute")
    public ReturnCase dispute(@PathParam("number") String number, ReturnHandling.Dispute dispute, @Context SecurityContext security) {
        return handling.dispute(number, dispute, Requests.actor(security));
    }

    @GET
    @Path("refunds")
    public Page<RefundRow> refunds(@QueryParam("status") String status, @QueryParam("page") Integer page, @QueryParam("size") Integer size,
                                   @QueryParam("after") String after) {
        return refunds.search(status, Requests.page(page, size, after));
    }

    @GET
    @Path("refunds/{number: RF-[0-9]+}")
    public RefundRow refund(@PathParam("number") String number) {
        return refunds.get(number);
    }
}
