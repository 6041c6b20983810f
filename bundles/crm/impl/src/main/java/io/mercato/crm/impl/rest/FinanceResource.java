package io.mercato.crm.impl.rest;

import io.mercato.crm.impl.persistence.RefundRow;
import io.mercato.crm.impl.returns.Refunds;
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
import javax.ws.rs.core.SecurityContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** {@code /api/crm/finance/refunds}: finance ({@code finance.refund}) sees the refunds and pays the approved ones. */
@Component(service = FinanceResource.class)
@RequiresCapability(Refunds.FINANCE_CAPABILITY)
@Path("/")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class FinanceResource {
    private final Refunds refunds;

    @Activate
    public FinanceResource(@Reference Refunds refunds) {
        this.refunds = refunds;
    }

    @GET
    @Path("finance/refunds")
    public Page<RefundRow> list(@QueryParam("status") String status, @QueryParam("page") Integer page, @QueryParam("size") Integer size,
                                @QueryParam("after") String after) {
        return refunds.search(status, Requests.page(page, size, after));
    }

    /** Records the payment of an approved refund (once); the return is closed with it. */
    @POST
    @Path("finance/refunds/{number: RF-[0-9]+}/paid")
    public RefundRow paid(@PathParam("number") String number, Refunds.Payment payment, @Context SecurityContext security) {
        return refunds.paid(number, payment, Requests.actor(security));
    }
}
