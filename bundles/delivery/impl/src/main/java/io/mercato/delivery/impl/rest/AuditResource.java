package io.mercato.delivery.impl.rest;

import io.mercato.delivery.impl.audit.Penalties;
import io.mercato.delivery.impl.audit.Scorecards;
import io.mercato.delivery.impl.audit.Standards;
import io.mercato.delivery.impl.service.DeliveryDatabase;
import io.mercato.platform.api.settings.SettingsChange;
import io.mercato.platform.api.settings.SettingsVersion;
import io.mercato.platform.api.settings.VersionedSettings;
import io.mercato.delivery.impl.persistence.PenaltyRow;
import io.mercato.platform.api.Page;
import io.mercato.platform.api.org.PositionLevel;
import io.mercato.platform.api.security.RequiresCapability;
import io.mercato.platform.api.web.Requests;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
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
import javax.ws.rs.core.StreamingOutput;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Delivery audit (配送稽核) under {@code /api/delivery/audit}: the standards (headquarters, directors and above), incidents
 * stations record, penalties (waived and disputes decided by supervisors) and the monthly courier scorecard.
 */
@Component(service = AuditResource.class)
@RequiresCapability(CourierResource.AUDIT)
@Path("audit")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class AuditResource {
    private static final String PENALTY = "penalties/{id: [0-9]{1,18}}";
    private final VersionedSettings<Standards> standards;
    private final Penalties penalties;
    private final Scorecards scorecards;

    @Activate
    public AuditResource(@Reference DeliveryDatabase database, @Reference Penalties penalties, @Reference Scorecards scorecards) {
        this.standards = database.standards();
        this.penalties = penalties;
        this.scorecards = scorecards;
    }

    @GET
    @Path("standards")
    public SettingsVersion<Standards> standards() {
        return standards.current();
    }

    @GET
    @Path("standards/versions")
    public List<SettingsVersion<Standards>> standardsVersions() {
        return standards.versions(50);
    }

    @RequiresCapability(value = CourierResource.AUDIT, level = PositionLevel.DIRECTOR)
    @POST
    @Path("standards")
    public Response saveStandards(SettingsChange<Standards> version, @Context SecurityContext security) {
        return Response.status(Response.Status.CREATED).entity(standards.save(version, Requests.actor(security))).build();
    }

    @POST
    @Path("incidents")
    public Response recordIncident(Penalties.Incident incident, @Context SecurityContext security) {
        return Response.status(Response.Status.CREATED).entity(penalties.recordIncident(incident, Requests.actor(security))).build();
    }

    @GET
    @Path("penalties")
    public Page<PenaltyRow> penalties(@QueryParam("courier") String courier, @QueryParam("status") String status,
                                      @QueryParam("month") String month, @QueryParam("page") Integer page, @QueryParam("size") Integer size,
                                      @QueryParam("after") String after) {
        return penalties.search(courier, status, month, Requests.page(page, size, after));
    }

    @RequiresCapability(value = CourierResource.AUDIT, level = PositionLevel.SUPERVISOR)
    @POST
    @Path(PENALTY + "/waive")
    public PenaltyRow waive(@PathParam("id") long id, Requests.Reason reason, @Context SecurityContext security) {
        return penalties.waive(id, Requests.Reason.of(reason), Requests.actor(security));
    }

    public record Objection(String objection) {
    }

    @POST
    @Path(PENALTY + "/dispute")
    public PenaltyRow dispute(@PathParam("id") long id, Objection objection, @Context SecurityContext security) {
        return penalties.dispute(id, objection == null ? null : objection.objection(), Requests.actor(security));
    }

    @RequiresCapability(value = CourierResource.AUDIT, level = PositionLevel.SUPERVISOR)
    @POST
    @Path(PENALTY + "/decision")
    public PenaltyRow decide(@PathParam("id") long id, Penalties.Decision decision, @Context SecurityContext security) {
        return penalties.settleDispute(id, decision, Requests.actor(security));
    }

    @GET
    @Path("scorecard")
    public Scorecards.Card scorecard(@QueryParam("month") String month) {
        return scorecards.card(month);
    }

    @GET
    @Path("scorecard.csv")
    @Produces("text/csv")
    public Response scorecardCsv(@QueryParam("month") String month) {
        Scorecards.Card card = scorecards.card(month);
        StreamingOutput csv = out -> {
            OutputStreamWriter writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            try (CSVPrinter printer = new CSVPrinter(writer, CSVFormat.DEFAULT.builder().setHeader("month", "courier", "name", "shipments",
                    "delivered", "on_time_percent", "first_attempt_percent", "damage_loss_percent", "valid_tracking_percent", "complaints",
                    "penalties", "penalties_charged", "points").build())) {
                for (Scorecards.Line line : card.couriers()) {
                    printer.printRecord(card.month(), line.courier(), line.name(), line.shipments(), line.delivered(), line.onTimePercent(),
                            line.firstAttemptPercent(), line.damageLossPercent(), line.validTrackingPercent(), line.complaints(),
                            line.penalties(), line.penaltiesCharged(), line.points());
                }
            }
        };
        return Response.ok(csv, "text/csv; charset=utf-8")
                .header("Content-Disposition", "attachment; filename=\"courier-scorecard-" + card.month() + ".csv\"").build();
    }
}
