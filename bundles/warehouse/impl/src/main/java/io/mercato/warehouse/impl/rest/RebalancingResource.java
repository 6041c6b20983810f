package io.mercato.warehouse.impl.rest;

import io.mercato.warehouse.impl.service.RebalancingPlanner;
import io.mercato.warehouse.impl.service.RebalancingService;
import java.util.List;
import io.mercato.platform.api.security.RequiresCapability;
import javax.ws.rs.DefaultValue;
import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.MediaType;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** Suggestions only; the console turns an accepted one into a transfer with {@code POST /warehouse/transfers}. */
@Component(service = RebalancingResource.class)
@RequiresCapability("warehouse.transfer")
@Path("rebalancing")
@Produces(MediaType.APPLICATION_JSON)
public class RebalancingResource {
    private final RebalancingService rebalancing;

    @Activate
    public RebalancingResource(@Reference RebalancingService rebalancing) {
        this.rebalancing = rebalancing;
    }

    @GET
    @Path("suggestions")
    public List<RebalancingPlanner.Suggestion> suggestions(@QueryParam("windowDays") @DefaultValue("30") int windowDays,
                                                           @QueryParam("targetDays") @DefaultValue("14") int targetDays,
                                                           @QueryParam("shortBelowDays") @DefaultValue("7") int shortBelowDays,
                                                           @QueryParam("surplusAboveDays") @DefaultValue("30") int surplusAboveDays) {
        return rebalancing.suggest(windowDays, targetDays, shortBelowDays, surplusAboveDays);
    }
}
