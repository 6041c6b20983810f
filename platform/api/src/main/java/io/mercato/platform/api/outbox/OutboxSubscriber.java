package io.mercato.platform.api.outbox;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * Receives outbox events. Register it as a service with {@value #NAME} ({@code <department>.<name>}, unique, stable
 * across versions: the subscription and its backlog are kept under it while the bundle is away, and go when the
 * department's data is purged) and {@value #TOPICS} (topics, or prefixes
 * ending in {@code *}). Events published after the first registration are kept for it from then on (with
 * {@value #REPLAY}, those before too).
 * <p>
 * {@link #deliver} runs inside the delivery's own database transaction: what it changes through
 * {@code Transactions} commits together with the acknowledgement, so a crash in between undoes both and the event
 * is delivered again, and takes effect exactly once. Throwing undoes its changes; the event is retried with
 * back-off and parked after repeated failures, where an administrator can see the error and retry it.
 */
@ConsumerType
public interface OutboxSubscriber {
    /** Service property: the subscriber's durable name, e.g. {@code procurement.stock-posting}. */
    String NAME = "mercato.outbox.subscriber";
    /** Service property: the topics it takes ({@code String} or {@code String[]}), e.g. {@code mercato/org/*}. */
    String TOPICS = "mercato.outbox.topics";
    /**
     * Service property {@code true}: on its very first registration the subscriber also receives the events of its
     * topics published before (those still kept), e.g. a catalog installed after merchants submitted products.
     */
    String REPLAY = "mercato.outbox.replay";

    void deliver(OutboxEvent event) throws Exception;
}
