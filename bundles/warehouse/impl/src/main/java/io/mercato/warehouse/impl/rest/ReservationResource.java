package io.mercato.warehouse.impl.rest;

import io.mercato.platform.api.web.Requests;
import io.mercato.platform.api.NotFoundException;
import io.mercato.warehouse.api.Reservation;
import io.mercato.warehouse.api.StockService;
import io.mercato.platform.api.security.RequiresCapability;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.SecurityContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** Reading, releasing and committing reservations; making one is {@link ReservationEndpoint} (the hot path). */
@Component(service = ReservationResource.class)
@RequiresCapability("warehouse.stock")
@Path("reservations")
@Produces(MediaType.APPLICATION_JSON)
public class ReservationResource {
    private final StockService stock;

    @Activate
    public ReservationResource(@Reference StockService stock) {
        this.stock = stock;
    }

    @GET
    @Path("{key}")
    public Reservation get(@PathParam("key") String key) {
        return stock.reservation(key).orElseThrow(() -> new NotFoundException("No reservation with key " + key));
    }

    @POST
    @Path("{key}/release")
    public Reservation release(@PathParam("key") String key, @Context SecurityContext security) {
        return stock.release(key, Requests.actor(security));
    }

    @POST
    @Path("{key}/commit")
    public Reservation commit(@PathParam("key") String key, @Context SecurityContext security) {
        return stock.commit(key, Requests.actor(security));
    }
}
