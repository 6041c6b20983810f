package io.mercato.admin.impl.rest;

import io.mercato.admin.impl.health.HealthReport;
import io.mercato.admin.impl.health.SystemHealth;
import io.mercato.platform.api.security.RequiresCapability;
import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.core.MediaType;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** {@code /api/admin/health}: the system's state for the tech department. */
@Component(service = HealthResource.class)
@RequiresCapability(ModuleResource.CAPABILITY)
@Path("health")
@Produces(MediaType.APPLICATION_JSON)
public class HealthResource {
    private final SystemHealth health;

    @Activate
    public HealthResource(@Reference SystemHealth health) {
        this.health = health;
    }

    @GET
    public HealthReport report() {
        return health.report();
    }
}
