package io.mercato.siteops.impl.rest;

import io.mercato.platform.api.Page;
import io.mercato.platform.api.org.PositionLevel;
import io.mercato.platform.api.security.RequiresCapability;
import io.mercato.platform.api.web.Requests;
import io.mercato.siteops.impl.activities.Activities;
import io.mercato.siteops.impl.activities.ActivityInputs.ActivityInput;
import io.mercato.siteops.impl.activities.ActivityInputs.DayReport;
import io.mercato.siteops.impl.activities.ActivityInputs.DecisionInput;
import io.mercato.siteops.impl.activities.ActivityInputs.SignUpInput;
import io.mercato.siteops.impl.persistence.ActivityRow;
import io.mercato.siteops.impl.promotions.Promotions;
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
 * {@code /api/siteops/activities}: platform activities (活动报名) — recorded, approved or shelved by a supervisor, taken up
 * again, signed up for, and reported day by day.
 */
@Component(service = ActivityResource.class)
@RequiresCapability(Promotions.CAPABILITY)
@Path("/activities")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ActivityResource {
    private static final String ACTIVITY = "{number: AC-[0-9]+}";
    private final Activities activities;

    @Activate
    public ActivityResource(@Reference Activities activities) {
        this.activities = activities;
    }

    @GET
    public Page<ActivityRow> list(@QueryParam("status") String status, @QueryParam("q") String q, @QueryParam("page") Integer page,
                                  @QueryParam("size") Integer size) {
        return activities.search(status, q, Requests.page(page, size, null));
    }

    @POST
    public Response record(ActivityInput input, @Context SecurityContext security) {
        return Response.status(Response.Status.CREATED).entity(activities.record(input, Requests.actor(security))).build();
    }

    @GET
    @Path(ACTIVITY)
    public Activities.Activity get(@PathParam("number") String number) {
        return activities.get(number);
    }

    @RequiresCapability(value = Promotions.CAPABILITY, level = PositionLevel.SUPERVISOR)
    @POST
    @Path(ACTIVITY + "/approve")
    public Activities.Activity approve(@PathParam("number") String number, DecisionInput input, @Context SecurityContext security) {
        return activities.decide(number, true, input == null ? null : input.note(), Requests.actor(security));
    }

    @RequiresCapability(value = Promotions.CAPABILITY, level = PositionLevel.SUPERVISOR)
    @POST
    @Path(ACTIVITY + "/shelve")
    public Activities.Activity shelve(@PathParam("number") String number, DecisionInput input, @Context SecurityContext security) {
        return activities.decide(number, false, input == null ? null : input.note(), Requests.actor(security));
    }

    @POST
    @Path(ACTIVITY + "/reopen")
    public Activities.Activity reopen(@PathParam("number") String number, @Context SecurityContext security) {
        return activities.reopen(number, Requests.actor(security));
    }

    @POST
    @Path(ACTIVITY + "/sign-up")
    public Activities.Activity signUp(@PathParam("number") String number, SignUpInput input, @Context SecurityContext security) {
        return activities.signUp(number, input == null ? null : input.products(), Requests.actor(security));
    }

    @POST
    @Path(ACTIVITY + "/reports")
    public Activities.Activity report(@PathParam("number") String number, DayReport input, @Context SecurityContext security) {
        return activities.report(number, input, Requests.actor(security));
    }
}
