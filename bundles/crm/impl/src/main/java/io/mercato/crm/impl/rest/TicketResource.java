package io.mercato.crm.impl.rest;

import io.mercato.crm.impl.members.Members;
import io.mercato.crm.impl.persistence.AuditRow;
import io.mercato.crm.impl.persistence.SlaPolicyRow;
import io.mercato.crm.impl.persistence.TicketRow;
import io.mercato.crm.impl.tickets.Calendars;
import io.mercato.crm.impl.tickets.QualityAudits;
import io.mercato.crm.impl.tickets.Ticket;
import io.mercato.crm.impl.tickets.TicketInput;
import io.mercato.crm.impl.tickets.Tickets;
import io.mercato.platform.api.Page;
import io.mercato.platform.api.org.PositionLevel;
import io.mercato.platform.api.security.RequiresCapability;
import io.mercato.platform.api.web.Requests;
import java.util.List;
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

/**
 * {@code /api/crm/tickets}: the customer problem register and queue ({@code ?q=}, {@code ?status=}, {@code ?type=},
 * {@code ?assignee=}, {@code ?member=}, {@code ?overdue=true}), opening, notes, waiting for the customer, resolving,
 * closing; the SLA policies and the working calendar (supervisors change them); audit sampling and the agent report.
 */
@Component(service = TicketResource.class)
@RequiresCapability(Members.CAPABILITY)
@Path("/")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class TicketResource {
    private final Tickets tickets;
    private final Calendars calendars;
    private final QualityAudits audits;

    @Activate
    public TicketResource(@Reference Tickets tickets, @Reference Calendars calendars, @Reference QualityAudits audits) {
        this.tickets = tickets;
        this.calendars = calendars;
        this.audits = audits;
    }

    @GET
    @Path("tickets")
    public Page<TicketRow> search(@QueryParam("q") String q, @QueryParam("status") String status, @QueryParam("type") String type,
                                  @QueryParam("assignee") String assignee, @QueryParam("member") String member,
                                  @QueryParam("overdue") boolean overdue, @QueryParam("page") Integer page, @QueryParam("size") Integer size,
                                  @QueryParam("after") String after) {
        return tickets.search(q, status, type, assignee, member, overdue, Requests.page(page, size, after));
    }

    @POST
    @Path("tickets")
    public Response open(TicketInput input, @Context SecurityContext security) {
        return Response.status(Response.Status.CREATED).entity(tickets.open(input, Requests.actor(security))).build();
    }

    @GET
    @Path("tickets/{number: TK-[0-9]+}")
    public Ticket get(@PathParam("number") String number) {
        return tickets.get(number);
    }

    @POST
    @Path("tickets/{number: TK-[0-9]+}/notes")
    public Ticket note(@PathParam("number") String number, Tickets.Note note, @Context SecurityContext security) {
        return tickets.note(number, note, Requests.actor(security));
    }

    @POST
    @Path("tickets/{number: TK-[0-9]+}/wait")
    public Ticket waitForCustomer(@PathParam("number") String number, @Context SecurityContext security) {
        return tickets.waitForCustomer(number, Requests.actor(security));
    }

    @POST
    @Path("tickets/{number: TK-[0-9]+}/resume")
    public Ticket resume(@PathParam("number") String number, @Context SecurityContext security) {
        return tickets.resume(number, Requests.actor(security));
    }

    @POST
    @Path("tickets/{number: TK-[0-9]+}/resolve")
    public Ticket resolve(@PathParam("number") String number, Tickets.Note resolution, @Context SecurityContext security) {
        return tickets.resolve(number, resolution, Requests.actor(security));
    }

    @POST
    @Path("tickets/{number: TK-[0-9]+}/close")
    public Ticket close(@PathParam("number") String number, @Context SecurityContext security) {
        return tickets.close(number, Requests.actor(security));
    }

    @POST
    @Path("tickets/{number: TK-[0-9]+}/reopen")
    public Ticket reopen(@PathParam("number") String number, @Context SecurityContext security) {
        return tickets.reopen(number, Requests.actor(security));
    }

    @POST
    @Path("tickets/{number: TK-[0-9]+}/assign")
    public Ticket assign(@PathParam("number") String number, Tickets.Assignment assignment, @Context SecurityContext security) {
        return tickets.assign(number, assignment, Requests.actor(security));
    }

    @GET
    @Path("sla-policies")
    public List<SlaPolicyRow> policies() {
        return calendars.policies();
    }

    @RequiresCapability(value = Members.CAPABILITY, level = PositionLevel.SUPERVISOR)
    @PUT
    @Path("sla-policies")
    public List<SlaPolicyRow> setPolicy(Calendars.Policy policy, @Context SecurityContext security) {
        return calendars.setPolicy(policy, Requests.actor(security));
    }

    @GET
    @Path("calendar")
    public Calendars.Calendar calendar() {
        return calendars.calendar();
    }

    @RequiresCapability(value = Members.CAPABILITY, level = PositionLevel.SUPERVISOR)
    @PUT
    @Path("calendar/week")
    public Calendars.Calendar setWeek(List<Calendars.Hours> week, @Context SecurityContext security) {
        return calendars.setWeek(week, Requests.actor(security));
    }

    @RequiresCapability(value = Members.CAPABILITY, level = PositionLevel.SUPERVISOR)
    @PUT
    @Path("calendar/days")
    public Calendars.Calendar putDay(Calendars.Day day, @Context SecurityContext security) {
        return calendars.putDay(day, Requests.actor(security));
    }

    @RequiresCapability(value = Members.CAPABILITY, level = PositionLevel.SUPERVISOR)
    @POST
    @Path("audits/samples")
    public Response sample(QualityAudits.Sampling sampling, @Context SecurityContext security) {
        return Response.status(Response.Status.CREATED).entity(audits.sample(sampling, Requests.actor(security))).build();
    }

    @RequiresCapability(value = Members.CAPABILITY, level = PositionLevel.SUPERVISOR)
    @GET
    @Path("audits")
    public List<AuditRow> audits(@QueryParam("month") String month, @QueryParam("agent") String agent, @QueryParam("pending") boolean pending) {
        return audits.list(month, agent, pending);
    }

    @RequiresCapability(value = Members.CAPABILITY, level = PositionLevel.SUPERVISOR)
    @POST
    @Path("audits/{ticket: TK-[0-9]+}/score")
    public AuditRow score(@PathParam("ticket") String ticket, QualityAudits.Scoring scoring, @Context SecurityContext security) {
        return audits.score(ticket, scoring, Requests.actor(security));
    }

    @RequiresCapability(value = Members.CAPABILITY, level = PositionLevel.SUPERVISOR)
    @GET
    @Path("audits/report")
    public List<QualityAudits.AgentLine> report(@QueryParam("month") String month) {
        return audits.report(month);
    }
}
