package io.mercato.procurement.impl.rest;

import io.mercato.platform.api.web.Requests;
import io.mercato.platform.api.Page;
import io.mercato.platform.api.security.RequiresCapability;
import io.mercato.procurement.api.ProposedItem;
import io.mercato.procurement.api.PurchaseListItem;
import io.mercato.procurement.impl.service.Capabilities;
import io.mercato.procurement.impl.service.PurchaseListServiceImpl;
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

/** {@code /api/procurement/purchase-list}: the items to buy, with where each came from; add, mark ordered or dropped. */
@Component(service = PurchaseListResource.class)
@RequiresCapability(Capabilities.ORDER)
@Path("purchase-list")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class PurchaseListResource {
    private final PurchaseListServiceImpl list;

    @Activate
    public PurchaseListResource(@Reference PurchaseListServiceImpl list) {
        this.list = list;
    }

    @GET
    public Page<PurchaseListItem> search(@QueryParam("q") String q, @QueryParam("status") String status,
                                         @QueryParam("page") Integer page, @QueryParam("size") Integer size,
                                         @QueryParam("after") String after) {
        return list.search(q, status, Requests.page(page, size, after));
    }

    /** Procurement's own entry: {@code originDepartment} is procurement whatever the body says. */
    @POST
    public Response add(NewItem item, @Context SecurityContext security) {
        return Response.status(Response.Status.CREATED).entity(list.add(new ProposedItem(item.sku(), item.targetQuantity(),
                item.targetPrice(), item.neededBy(), "procurement", item.reference(), item.note()), Requests.actor(security))).build();
    }

    @POST
    @Path("{id: [0-9]+}/ordered")
    public PurchaseListItem ordered(@PathParam("id") long id, @Context SecurityContext security) {
        return list.close(id, "ORDERED", Requests.actor(security));
    }

    @POST
    @Path("{id: [0-9]+}/dropped")
    public PurchaseListItem dropped(@PathParam("id") long id, @Context SecurityContext security) {
        return list.close(id, "DROPPED", Requests.actor(security));
    }

    /** An item procurement enters itself. */
    public record NewItem(String sku, Integer targetQuantity, java.math.BigDecimal targetPrice, java.time.LocalDate neededBy,
                          String reference, String note) {
    }
}
