package io.mercato.procurement.impl.rest;

import io.mercato.platform.api.web.Requests;
import io.mercato.platform.api.Page;
import io.mercato.platform.api.org.PositionLevel;
import io.mercato.platform.api.security.RequiresCapability;
import io.mercato.procurement.impl.service.Capabilities;
import io.mercato.procurement.impl.service.Supplier;
import io.mercato.procurement.impl.service.SupplierInput;
import io.mercato.procurement.impl.service.SupplierService;
import io.mercato.procurement.impl.service.SupplierStatusChange;
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

/** {@code /api/procurement/suppliers}: search, create, edit; putting on hold or blocking needs a supervisor. */
@Component(service = SupplierResource.class)
@RequiresCapability(Capabilities.SUPPLIER)
@Path("suppliers")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class SupplierResource {
    private final SupplierService suppliers;
    private final io.mercato.procurement.impl.service.SupplierPortal portal;

    @Activate
    public SupplierResource(@Reference SupplierService suppliers, @Reference io.mercato.procurement.impl.service.SupplierPortal portal) {
        this.suppliers = suppliers;
        this.portal = portal;
    }

    @GET
    public Page<Supplier> list(@QueryParam("q") String q, @QueryParam("status") String status, @QueryParam("page") Integer page,
                               @QueryParam("size") Integer size, @QueryParam("after") String after) {
        return suppliers.search(q, status, Requests.page(page, size, after));
    }

    @POST
    public Response create(SupplierInput input, @Context SecurityContext security) {
        return Response.status(Response.Status.CREATED).entity(suppliers.create(input, Requests.actor(security))).build();
    }

    @GET
    @Path("{code}")
    public Supplier get(@PathParam("code") String code) {
        return suppliers.get(code);
    }

    @GET
    @Path("{code}/scorecard")
    public io.mercato.procurement.impl.service.Scorecard scorecard(@PathParam("code") String code, @QueryParam("months") Integer months) {
        return suppliers.scorecard(code, months);
    }

    /** A login for the supplier's own staff (role supplier): they see their invitations and bid, nothing else. */
    @RequiresCapability(value = Capabilities.SUPPLIER, level = PositionLevel.SUPERVISOR)
    @POST
    @Path("{code}/accounts")
    public Response createAccount(@PathParam("code") String code, io.mercato.procurement.impl.service.SupplierPortal.NewAccount account,
                                  @Context SecurityContext security) {
        return Response.status(Response.Status.CREATED).entity(java.util.Map.of("accounts", portal.createAccount(code, account,
                Requests.actor(security)))).build();
    }

    @PUT
    @Path("{code}")
    public Supplier update(@PathParam("code") String code, SupplierInput input, @Context SecurityContext security) {
        return suppliers.update(code, input, Requests.actor(security));
    }

    @RequiresCapability(value = Capabilities.SUPPLIER, level = PositionLevel.SUPERVISOR)
    @POST
    @Path("{code}/status")
    public Supplier status(@PathParam("code") String code, SupplierStatusChange change, @Context SecurityContext security) {
        return suppliers.changeStatus(code, change, Requests.actor(security));
    }
}
