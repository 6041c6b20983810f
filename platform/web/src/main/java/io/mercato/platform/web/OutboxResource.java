package io.mercato.platform.web;

import io.mercato.platform.api.Actor;
import io.mercato.platform.api.Page;
import io.mercato.platform.api.PageRequest;
import io.mercato.platform.api.ValidationException;
import io.mercato.platform.api.outbox.OutboxMonitor;
import io.mercato.platform.api.security.RequiresCapability;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.SecurityContext;

/**
 * {@code /api/outbox}: the cross-department backlog for tech admin ({@value #CAPABILITY}): each subscription with its
 * pending and parked deliveries, the parked ones with their errors, and retrying one.
 */
@Path("outbox")
@Produces(MediaType.APPLICATION_JSON)
@RequiresCapability(OutboxResource.CAPABILITY)
public final class OutboxResource {
    static final String CAPABILITY = "admin.system";
    private final Supplier<Optional<OutboxMonitor>> monitor;

    public OutboxResource(Supplier<Optional<OutboxMonitor>> monitor) {
        this.monitor = monitor;
    }

    @GET
    public Map<String, Object> backlog() {
        List<OutboxMonitor.SubscriptionStatus> subscriptions = monitor().subscriptions();
        return Map.of("subscriptions", subscriptions,
                "pending", subscriptions.stream().mapToLong(OutboxMonitor.SubscriptionStatus::pending).sum(),
                "parked", subscriptions.stream().mapToLong(OutboxMonitor.SubscriptionStatus::parked).sum());
    }

    @GET
    @Path("parked")
    public Page<OutboxMonitor.ParkedDelivery> parked(@QueryParam("subscriber") String subscriber, @QueryParam("page") Integer page,
                                                    @QueryParam("size") Integer size, @QueryParam("after") String after) {
        String name = subscriber == null || subscriber.isBlank() ? null : subscriber.strip();
        if (name != null && name.length() > 100) {
            throw new ValidationException("subscriber", "must be at most 100 characters");
        }
        return monitor().parked(name, new PageRequest(page == null ? 0 : page, size == null ? 20 : size, after));
    }

    @POST
    @Path("parked/{subscriber}/{eventId}/retry")
    public OutboxMonitor.ParkedDelivery retry(@PathParam("subscriber") String subscriber, @PathParam("eventId") String eventId,
                                              @Context SecurityContext security) {
        long id;
        try {
            id = Long.parseLong(eventId);
        } catch (NumberFormatException e) {
            throw new ValidationException("eventId", "must be a whole number");
        }
        return monitor().retry(subscriber, id, new Actor(security.getUserPrincipal().getName()));
    }

    private OutboxMonitor monitor() {
        return monitor.get().orElseThrow(() -> new io.mercato.platform.api.ConflictException("outbox-unavailable",
                "The outbox is not available yet: the database is starting"));
    }
}
