package io.mercato.platform.api.outbox;

import io.mercato.platform.api.Actor;
import io.mercato.platform.api.Page;
import io.mercato.platform.api.PageRequest;
import java.util.List;
import org.osgi.annotation.versioning.ProviderType;

/** What administrators see of the outbox: the backlog per subscriber, the parked deliveries, and retrying them. */
@ProviderType
public interface OutboxMonitor {
    /** Every subscription ever registered, whether its subscriber is installed, and its backlog. */
    List<SubscriptionStatus> subscriptions();

    /** Deliveries that failed too often and wait for an administrator, newest first; {@code subscriber} may be null. */
    Page<ParkedDelivery> parked(String subscriber, PageRequest page);

    /** Sends a parked delivery round again (its attempts start anew); audited. */
    ParkedDelivery retry(String subscriber, long eventId, Actor actor);

    /**
     * Ends the subscriptions of a department whose data is purged (subscribers named {@code <department>.<name>}):
     * their waiting and parked deliveries are dropped with them; audited. A reinstalled department subscribes anew.
     *
     * @return how many deliveries were dropped
     */
    long dropSubscriptions(String department, Actor actor);

    /** One subscription and its backlog. */
    record SubscriptionStatus(String subscriber, List<String> topics, boolean installed, long pending, long parked,
                              java.time.Instant oldestPendingAt) {
    }

    /** A delivery that is parked (or was, when retried). */
    record ParkedDelivery(String subscriber, long eventId, String topic, java.time.Instant publishedAt, int attempts,
                          String lastError, String state) {
    }
}
