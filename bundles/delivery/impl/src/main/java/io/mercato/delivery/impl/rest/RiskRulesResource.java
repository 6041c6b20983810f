package io.mercato.delivery.impl.rest;

import io.mercato.delivery.impl.risk.RiskRules;
import io.mercato.delivery.impl.service.OrderReview;
import io.mercato.platform.api.org.PositionLevel;
import io.mercato.platform.api.security.RequiresCapability;
import io.mercato.platform.api.web.Requests;
import java.util.List;
import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.SecurityContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** {@code /api/delivery/risk-rules}: the rules in force, earlier versions, and (supervisors) a new version. */
@Component(service = RiskRulesResource.class)
@RequiresCapability(OrderReview.CAPABILITY)
@Path("risk-rules")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class RiskRulesResource {
    private final RiskRules rules;

    @Activate
    public RiskRulesResource(@Reference RiskRules rules) {
        this.rules = rules;
    }

    @GET
    public RiskRules.Version current() {
        return rules.current();
    }

    @GET
    @Path("versions")
    public List<RiskRules.Version> versions() {
        return rules.versions();
    }

    @RequiresCapability(value = OrderReview.CAPABILITY, level = PositionLevel.SUPERVISOR)
    @POST
    public Response save(RiskRules.NewVersion version, @Context SecurityContext security) {
        return Response.status(Response.Status.CREATED).entity(rules.save(version, Requests.actor(security))).build();
    }
}
