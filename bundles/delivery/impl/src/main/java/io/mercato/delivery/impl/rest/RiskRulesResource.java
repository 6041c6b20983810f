package io.mercato.delivery.impl.rest;

import io.mercato.delivery.impl.risk.RiskSettings;
import io.mercato.delivery.impl.service.DeliveryDatabase;
import io.mercato.platform.api.settings.SettingsChange;
import io.mercato.platform.api.settings.SettingsVersion;
import io.mercato.platform.api.settings.VersionedSettings;
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
    private final VersionedSettings<RiskSettings> rules;

    @Activate
    public RiskRulesResource(@Reference DeliveryDatabase database) {
        this.rules = database.riskRules();
    }

    @GET
    public SettingsVersion<RiskSettings> current() {
        return rules.current();
    }

    @GET
    @Path("versions")
    public List<SettingsVersion<RiskSettings>> versions() {
        return rules.versions(50);
    }

    @RequiresCapability(value = OrderReview.CAPABILITY, level = PositionLevel.SUPERVISOR)
    @POST
    public Response save(SettingsChange<RiskSettings> version, @Context SecurityContext security) {
        return Response.status(Response.Status.CREATED).entity(rules.save(version, Requests.actor(security))).build();
    }
}
