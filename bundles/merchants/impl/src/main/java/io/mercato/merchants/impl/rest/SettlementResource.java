package io.mercato.merchants.impl.rest;

import io.mercato.merchants.impl.persistence.CommissionLineRow;
import io.mercato.merchants.impl.persistence.SettlementRow;
import io.mercato.merchants.impl.service.MerchantService;
import io.mercato.merchants.impl.service.Settlements;
import io.mercato.platform.api.Page;
import io.mercato.platform.api.org.PositionLevel;
import io.mercato.platform.api.security.RequiresCapability;
import io.mercato.platform.api.web.Requests;
import java.util.List;
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
 * {@code /api/merchants/settlements}: settlement runs (supervisors), their settlements with the lines they took, and a
 * merchant's commission lines ({@code commission-lines?merchant=&unsettled=true}).
 */
@Component(service = SettlementResource.class)
@RequiresCapability(MerchantService.CAPABILITY)
@Path("/")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class SettlementResource {
    private final Settlements settlements;

    @Activate
    public SettlementResource(@Reference Settlements settlements) {
        this.settlements = settlements;
    }

    @GET
    @Path("settlements")
    public Page<SettlementRow> list(@QueryParam("merchant") String merchant, @QueryParam("page") Integer page, @QueryParam("size") Integer size,
                                    @QueryParam("after") String after) {
        return settlements.search(merchant, Requests.page(page, size, after));
    }

    /** Settles every active merchant (or the one given) up to the end of its last cycle, or up to {@code until}. */
    @RequiresCapability(value = MerchantService.CAPABILITY, level = PositionLevel.SUPERVISOR)
    @POST
    @Path("settlements")
    public Response run(Settlements.Run run, @Context SecurityContext security) {
        List<SettlementRow> made = settlements.run(run, Requests.actor(security));
        return Response.status(Response.Status.CREATED).entity(made).build();
    }

    @GET
    @Path("settlements/{number: ST-[0-9]+}")
    public Settlements.Settlement get(@PathParam("number") String number) {
        return settlements.get(number);
    }

    @GET
    @Path("commission-lines")
    public Page<CommissionLineRow> lines(@QueryParam("merchant") String merchant, @QueryParam("unsettled") boolean unsettled,
                                         @QueryParam("page") Integer page, @QueryParam("size") Integer size, @QueryParam("after") String after) {
        io.mercato.platform.api.validation.Check.input().required("merchant", merchant).validate();
        return settlements.lines(merchant.strip(), unsettled, Requests.page(page, size, after));
    }
}
