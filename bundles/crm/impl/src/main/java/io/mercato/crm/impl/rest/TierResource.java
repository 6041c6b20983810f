package io.mercato.crm.impl.rest;

import io.mercato.crm.impl.members.Members;
import io.mercato.crm.impl.persistence.TierRow;
import io.mercato.crm.impl.tiers.TierSettings;
import io.mercato.crm.impl.tiers.Tiers;
import io.mercato.platform.api.org.PositionLevel;
import io.mercato.platform.api.security.RequiresCapability;
import io.mercato.platform.api.settings.SettingsVersion;
import io.mercato.platform.api.web.Requests;
import java.util.List;
import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.PUT;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.SecurityContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** {@code /api/crm/tiers}: the tier ladder with its thresholds and earn rates; supervisors save new versions of them. */
@Component(service = TierResource.class)
@RequiresCapability(Members.CAPABILITY)
@Path("/")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class TierResource {
    private final Tiers tiers;

    @Activate
    public TierResource(@Reference Tiers tiers) {
        this.tiers = tiers;
    }

    @GET
    @Path("tiers")
    public List<TierRow> list() {
        return tiers.list();
    }

    @RequiresCapability(value = Members.CAPABILITY, level = PositionLevel.SUPERVISOR)
    @PUT
    @Path("tiers")
    public List<TierRow> update(List<TierSettings.Tier> inputs, @QueryParam("note") String note, @Context SecurityContext security) {
        return tiers.update(inputs, note, Requests.actor(security));
    }

    /** The saved versions of the tier rules, newest first: who changed what, when and why. */
    @GET
    @Path("tiers/versions")
    public List<SettingsVersion<TierSettings>> versions() {
        return tiers.versions(50);
    }
}
