package io.mercato.crm.impl.rest;

import io.mercato.crm.impl.campaigns.Campaigns;
import io.mercato.crm.impl.campaigns.CareLists;
import io.mercato.crm.impl.campaigns.SegmentRules;
import io.mercato.crm.impl.campaigns.Segments;
import io.mercato.crm.impl.members.Members;
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
 * {@code /api/crm}: segments with live counts ({@code segments/preview} counts rules while they are edited), the day's
 * care lists (birthdays, holiday greetings), and campaigns — created, started, paused, resumed, with their progress.
 */
@Component(service = CampaignResource.class)
@RequiresCapability(Members.CAPABILITY)
@Path("/")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class CampaignResource {
    private final Segments segments;
    private final Campaigns campaigns;
    private final CareLists care;

    @Activate
    public CampaignResource(@Reference Segments segments, @Reference Campaigns campaigns, @Reference CareLists care) {
        this.segments = segments;
        this.campaigns = campaigns;
        this.care = care;
    }

    @GET
    @Path("segments")
    public List<Segments.Segment> segments() {
        return segments.list();
    }

    @POST
    @Path("segments")
    public Response createSegment(Segments.SegmentInput input, @Context SecurityContext security) {
        return Response.status(Response.Status.CREATED).entity(segments.create(input, Requests.actor(security))).build();
    }

    @POST
    @Path("segments/preview")
    public Segments.Count preview(SegmentRules rules) {
        return segments.preview(rules);
    }

    @GET
    @Path("segments/{code: SG-[0-9]+}")
    public Segments.Segment segment(@PathParam("code") String code) {
        return segments.get(code);
    }

    @GET
    @Path("care")
    public CareLists.CareList care(@QueryParam("date") String date) {
        return care.forDay(date);
    }

    @GET
    @Path("campaigns")
    public List<Campaigns.Campaign> campaigns() {
        return campaigns.list();
    }

    @POST
    @Path("campaigns")
    public Response create(Campaigns.CampaignInput input, @Context SecurityContext security) {
        return Response.status(Response.Status.CREATED).entity(campaigns.create(input, Requests.actor(security))).build();
    }

    @GET
    @Path("campaigns/{number: CP-[0-9]+}")
    public Campaigns.Campaign campaign(@PathParam("number") String number) {
        return campaigns.get(number);
    }

    @POST
    @Path("campaigns/{number: CP-[0-9]+}/start")
    public Campaigns.Campaign start(@PathParam("number") String number, @Context SecurityContext security) {
        return campaigns.start(number, Requests.actor(security));
    }

    @POST
    @Path("campaigns/{number: CP-[0-9]+}/pause")
    public Campaigns.Campaign pause(@PathParam("number") String number, @Context SecurityContext security) {
        return campaigns.pause(number, Requests.actor(security));
    }

    @POST
    @Path("campaigns/{number: CP-[0-9]+}/resume")
    public Campaigns.Campaign resume(@PathParam("number") String number, @Context SecurityContext security) {
        return campaigns.resume(number, Requests.actor(security));
    }
}
