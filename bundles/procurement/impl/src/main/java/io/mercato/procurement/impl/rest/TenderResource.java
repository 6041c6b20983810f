package io.mercato.procurement.impl.rest;

import io.mercato.platform.api.web.Requests;
import io.mercato.platform.api.Page;
import io.mercato.platform.api.security.RequiresCapability;
import io.mercato.procurement.impl.service.AwardInput;
import io.mercato.procurement.impl.service.Awarding;
import io.mercato.procurement.impl.service.BidInput;
import io.mercato.procurement.impl.service.BidReceipt;
import io.mercato.procurement.impl.service.Bidding;
import io.mercato.procurement.impl.service.Capabilities;
import io.mercato.procurement.impl.service.TenderInput;
import io.mercato.procurement.impl.service.TenderService;
import io.mercato.procurement.impl.service.TenderSummary;
import io.mercato.procurement.impl.service.TenderView;
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
 * {@code /api/procurement/tenders}: calls for tenders. While a tender is open its bids are sealed (only their count);
 * {@code open} opens them (before the deadline: two people, one a supervisor); {@code award} awards the proposal or,
 * with a justification and the approval chain, something else; paper bids are recorded by buyers.
 */
@Component(service = TenderResource.class)
@RequiresCapability(Capabilities.TENDER)
@Path("tenders")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class TenderResource {
    private static final String NUMBER = "{number: TD-[0-9]+}";
    private final TenderService tenders;
    private final Bidding bidding;
    private final Awarding awarding;

    @Activate
    public TenderResource(@Reference TenderService tenders, @Reference Bidding bidding, @Reference Awarding awarding) {
        this.tenders = tenders;
        this.bidding = bidding;
        this.awarding = awarding;
    }

    @GET
    public Page<TenderSummary> list(@QueryParam("q") String q, @QueryParam("status") String status, @QueryParam("page") Integer page,
                                    @QueryParam("size") Integer size, @QueryParam("after") String after) {
        return tenders.search(q, status, Requests.page(page, size, after));
    }

    @POST
    public Response create(TenderInput input, @Context SecurityContext security) {
        return Response.status(Response.Status.CREATED).entity(tenders.create(input, Requests.actor(security))).build();
    }

    @GET
    @Path(NUMBER)
    public TenderView get(@PathParam("number") String number) {
        return tenders.get(number);
    }

    @POST
    @Path(NUMBER + "/paper-bids")
    public Response paperBid(@PathParam("number") String number, BidInput bid, @Context SecurityContext security) {
        BidReceipt receipt = bidding.recordPaper(number, bid, Requests.actor(security));
        return Response.status(Response.Status.CREATED).entity(receipt).build();
    }

    @POST
    @Path(NUMBER + "/open")
    public TenderView open(@PathParam("number") String number, @Context SecurityContext security) {
        return tenders.open(number, Requests.actor(security), security.isUserInRole("admin"));
    }

    @POST
    @Path(NUMBER + "/award")
    public TenderView award(@PathParam("number") String number, AwardInput award, @Context SecurityContext security) {
        return awarding.award(number, award, Requests.actor(security));
    }

    @POST
    @Path(NUMBER + "/cancel")
    public TenderView cancel(@PathParam("number") String number, Requests.Reason reason, @Context SecurityContext security) {
        return tenders.cancel(number, Requests.Reason.of(reason), Requests.actor(security));
    }
}
