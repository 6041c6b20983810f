package io.mercato.crm.impl.rest;

import io.mercato.crm.impl.members.Members;
import io.mercato.crm.impl.members.ShopTime;
import io.mercato.crm.impl.points.PointsService;
import io.mercato.crm.impl.tiers.NightlyReview;
import io.mercato.platform.api.org.PositionLevel;
import io.mercato.platform.api.security.RequiresCapability;
import io.mercato.platform.api.web.Requests;
import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.HeaderParam;
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
 * {@code /api/crm/members/{code}/points}: the ledger (balance, lots, entries, whether they agree), spends (never above the
 * balance, even when two arrive at once) and adjustments by supervisors; an Idempotency-Key books a retried request once.
 * {@code /api/crm/nightly-review} runs today's expiry and tier review at once (supervisors).
 */
@Component(service = PointsResource.class)
@RequiresCapability(Members.CAPABILITY)
@Path("/")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class PointsResource {
    private final PointsService points;
    private final NightlyReview nightly;

    @Activate
    public PointsResource(@Reference PointsService points, @Reference NightlyReview nightly) {
        this.points = points;
        this.nightly = nightly;
    }

    @GET
    @Path("members/{code}/points")
    public PointsService.Ledger ledger(@PathParam("code") String code, @QueryParam("page") Integer page, @QueryParam("size") Integer size,
                                       @QueryParam("after") String after) {
        return points.ledger(code, Requests.page(page, size, after));
    }

    @POST
    @Path("members/{code}/points/spend")
    public Response spend(@PathParam("code") String code, PointsService.Spend spend, @HeaderParam("Idempotency-Key") String key,
                          @Context SecurityContext security) {
        return Response.status(Response.Status.CREATED).entity(points.spend(code, spend, key, Requests.actor(security))).build();
    }

    @RequiresCapability(value = Members.CAPABILITY, level = PositionLevel.SUPERVISOR)
    @POST
    @Path("members/{code}/points/adjust")
    public Response adjust(@PathParam("code") String code, PointsService.Adjustment adjustment, @HeaderParam("Idempotency-Key") String key,
                           @Context SecurityContext security) {
        return Response.status(Response.Status.CREATED).entity(points.adjust(code, adjustment, key, Requests.actor(security))).build();
    }

    @RequiresCapability(value = Members.CAPABILITY, level = PositionLevel.SUPERVISOR)
    @POST
    @Path("nightly-review")
    public NightlyReview.Run runNightly(@Context SecurityContext security) {
        return nightly.run(ShopTime.today(), Requests.actor(security));
    }
}
