package io.mercato.warehouse.impl.rest;

import io.mercato.platform.api.web.Requests;
import io.mercato.platform.api.Page;
import io.mercato.warehouse.api.Warehouse;
import io.mercato.warehouse.impl.service.WarehouseInput;
import io.mercato.warehouse.impl.service.WarehouseServiceImpl;
import io.mercato.platform.api.org.PositionLevel;
import io.mercato.platform.api.security.RequiresCapability;
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

@Component(service = WarehouseResource.class)
@RequiresCapability("warehouse.stock")
@Path("warehouses")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class WarehouseResource {
    private final WarehouseServiceImpl warehouses;

    @Activate
    public WarehouseResource(@Reference WarehouseServiceImpl warehouses) {
        this.warehouses = warehouses;
    }

    @GET
    public Page<Warehouse> list(@QueryParam("q") String q, @QueryParam("page") Integer page, @QueryParam("size") Integer size) {
        return warehouses.search(q, Requests.page(page, size, null));
    }

    @RequiresCapability(value = "warehouse.stock", level = PositionLevel.SUPERVISOR)
    @POST
    public Response create(WarehouseInput input, @Context SecurityContext security) {
        Warehouse created = warehouses.create(input, Requests.actor(security));
        return Response.status(Response.Status.CREATED).entity(created).build();
    }

    @GET
    @Path("{code}")
    public Warehouse get(@PathParam("code") String code) {
        return warehouses.get(code);
    }

    @RequiresCapability(value = "warehouse.stock", level = PositionLevel.SUPERVISOR)
    @PUT
    @Path("{code}")
    public Warehouse update(@PathParam("code") String code, WarehouseInput input, @Context SecurityContext security) {
        return warehouses.update(code, input, Requests.actor(security));
    }
}
