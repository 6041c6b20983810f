package io.mercato.warehouse.impl.rest;

import io.mercato.platform.api.web.Requests;
import io.mercato.platform.api.Page;
import io.mercato.warehouse.impl.service.ReceiptRequest;
import io.mercato.warehouse.impl.service.TransferRequest;
import io.mercato.warehouse.impl.service.TransferService;
import io.mercato.warehouse.impl.service.TransferView;
import io.mercato.platform.api.security.RequiresCapability;
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

@Component(service = TransferResource.class)
@RequiresCapability("warehouse.transfer")
@Path("transfers")
@Produces(MediaType.APPLICATION_JSON)
public class TransferResource {
    private final TransferService transfers;

    @Activate
    public TransferResource(@Reference TransferService transfers) {
        this.transfers = transfers;
    }

    @GET
    public Page<TransferView> list(@QueryParam("status") String status, @QueryParam("q") String q,
                                   @QueryParam("page") Integer page, @QueryParam("size") Integer size,
                                    @QueryParam("after") String after) {
        return transfers.search(status, q, Requests.page(page, size, after));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response request(TransferRequest request, @Context SecurityContext security) {
        return Response.status(Response.Status.CREATED)
                .entity(transfers.request(request, Requests.actor(security))).build();
    }

    @GET
    @Path("{id: [0-9]+}")
    public TransferView get(@PathParam("id") long id) {
        return transfers.get(id);
    }

    @POST
    @Path("{id: [0-9]+}/ship")
    public TransferView ship(@PathParam("id") long id, @Context SecurityContext security) {
        return transfers.ship(id, Requests.actor(security));
    }

    @POST
    @Path("{id: [0-9]+}/receive")
    @Consumes(MediaType.APPLICATION_JSON)
    public TransferView receive(@PathParam("id") long id, ReceiptRequest receipt, @Context SecurityContext security) {
        return transfers.receive(id, receipt, Requests.actor(security));
    }

    @POST
    @Path("{id: [0-9]+}/cancel")
    public TransferView cancel(@PathParam("id") long id, @Context SecurityContext security) {
        return transfers.cancel(id, Requests.actor(security));
    }
}
