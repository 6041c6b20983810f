package io.mercato.procurement.impl.rest;

import io.mercato.platform.api.web.Requests;
import io.mercato.platform.api.Page;
import io.mercato.procurement.impl.service.BidInput;
import io.mercato.procurement.impl.service.SupplierPortal;
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
 * {@code /api/procurement/portal}: for suppliers' own logins (no staff capability applies; the service admits only an
 * account linked to a supplier): their invitations, their own bid, and bidding with a receipt.
 */
@Component(service = PortalResource.class)
@io.mercato.platform.api.security.ExternalAccess
@Path("portal/tenders")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class PortalResource {
    private final SupplierPortal portal;

    @Activate
    public PortalResource(@Reference SupplierPortal portal) {
        this.portal = portal;
    }

    @GET
    public Page<SupplierPortal.InvitedTender> tenders(@QueryParam("page") Integer page, @QueryParam("size") Integer size,
                                                      @Context SecurityContext security) {
        return portal.tenders(security.getUserPrincipal().getName(), Requests.page(page, size, null));
    }

    @GET
    @Path("{number: TD-[0-9]+}")
    public SupplierPortal.InvitedTender tender(@PathParam("number") String number, @Context SecurityContext security) {
        return portal.tender(security.getUserPrincipal().getName(), number);
    }

    @POST
    @Path("{number: TD-[0-9]+}/bids")
    public Response bid(@PathParam("number") String number, BidInput bid, @Context SecurityContext security) {
        return Response.status(Response.Status.CREATED).entity(portal.bid(security.getUserPrincipal().getName(), number, bid,
                Requests.actor(security))).build();
    }
}
