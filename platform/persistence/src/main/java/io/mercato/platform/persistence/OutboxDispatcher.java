package io.mercato.platform.persistence;

import io.mercato.platform.api.outbox.OutboxEvent;
import io.mercato.platform.api.outbox.OutboxSubscriber;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Delivers outbox events to the subscribers installed now, one delivery per transaction: the delivery row is claimed
 * with {@code FOR UPDATE SKIP LOCKED} (so two nodes never take the same one), the subscriber's work joins the same
 * transaction (see {@link RequestTransaction}), and the acknowledgement commits with it. Events of subscribers that are
 * not installed stay pending until they are.
 */
@Component(service = OutboxDispatcher.class, immediate = true)
public class OutboxDispatcher {
    private static final Logger LOG = LoggerFactory.getLogger(OutboxDispatcher.class);
    static final long ROUND_MILLIS = 200;
    /** Per subscriber and round, so one busy subscriber does not hold up the others for long. */
    private static final int BATCH = 100;

    private final DataSource dataSource;
    private final DeliveryPolicy policy;
    private final Map<String, OutboxSubscriber> subscribers = new ConcurrentHashMap<>();
    private final Map<String, Subscription> unrecorded = new ConcurrentHashMap<>();

    /** A subscription still to be recorded in the database. */
    private record Subscription(List<String> topics, boolean replay) {
    }
    private final ScheduledExecutorService worker = Executors.newSingleThreadScheduledExecutor(r -> new Thread(r, "mercato-outbox"));

    @Activate
    public OutboxDispatcher(@Reference(target = "(mercato.datasource=main)") DataSource dataSource) {
        this(dataSource, DeliveryPolicy.DEFAULT);
    }

    OutboxDispatcher(DataSource dataSource, DeliveryPolicy policy) {
        this.dataSource = dataSource;
        this.policy = policy;
        worker.scheduleWithFixedDelay(this::round, ROUND_MILLIS, ROUND_MILLIS, TimeUnit.MILLISECONDS);
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    void bindSubscriber(OutboxSubscriber subscriber, Map<String, Object> properties) {
        String name = nameOf(properties);
        List<String> topics = topicsOf(properties);
        if (name == null || topics.isEmpty()) {
            LOG.warn("An outbox subscriber without {} and {} is ignored: {}", OutboxSubscriber.NAME, OutboxSubscriber.TOPICS,
                    subscriber.getClass().getName());
            return;
        }
        if (subscribers.putIfAbsent(name, subscriber) != null) {
            LOG.warn("Two outbox subscribers are named {}; only the first receives events", name);
            return;
        }
        unrecorded.put(name, new Subscription(topics, Boolean.parseBoolean(String.valueOf(properties.get(OutboxSubscriber.REPLAY)))));
        recordSubscriptions();
    }

    void unbindSubscriber(OutboxSubscriber subscriber, Map<String, Object> properties) {
        String name = nameOf(properties);
        if (name != null) {
            subscribers.remove(name, subscriber);
        }
    }

    /** Subscribers installed now, by name. */
    Set<String> installed() {
        return Set.copyOf(subscribers.keySet());
    }

    @Deactivate
    void deactivate() throws InterruptedException {
        worker.shutdown();
        if (!worker.awaitTermination(30, TimeUnit.SECONDS)) {
            LOG.warn("The outbox dispatcher did not finish its delivery within 30 s");
        }
    }

    private void round() {
        try {
            recordSubscriptions();
            for (Map.Entry<String, OutboxSubscriber> entry : subscribers.entrySet()) {
                if (unrecorded.containsKey(entry.getKey())) {
                    continue;
                }
                for (int i = 0; i < BATCH && !worker.isShutdown() && deliverNext(entry.getKey(), entry.getValue()); i++) {
                    // one delivery per transaction
                }
            }
        } catch (SQLException | RuntimeException e) {
            // The database is away or restarting: the next round tries again.
            LOG.debug("Outbox round failed", e);
        }
    }

    /** Subscriptions are recorded before any delivery, so events published from then on are kept for them. */
    private void recordSubscriptions() {
        if (unrecorded.isEmpty()) {
            return;
        }
        try (Connection connection = dataSource.getConnection()) {
            for (Map.Entry<String, Subscription> subscription : Map.copyOf(unrecorded).entrySet()) {
                OutboxDeliveries.subscribe(connection, subscription.getKey(), subscription.getValue().topics(),
                        subscription.getValue().replay());
                unrecorded.remove(subscription.getKey(), subscription.getValue());
            }
        } catch (SQLException e) {
            LOG.debug("Recording outbox subscriptions failed; trying again", e);
        }
    }

    /** Delivers the oldest due event of one subscriber; false when none is due. */
    private boolean deliverNext(String name, OutboxSubscriber subscriber) throws SQLException {
        try (RequestTransaction transaction = RequestTransaction.begin(dataSource)) {
            OutboxDeliveries.Claimed claimed = OutboxDeliveries.claimNext(transaction.connection(), name);
            if (claimed == null) {
                return false;
            }
            OutboxEvent event = claimed.event();
            Savepoint beforeWork = transaction.savepoint();
            DeliveryPolicy.Outcome outcome;
            String error = null;
            try {
                subscriber.deliver(event);
                outcome = policy.delivered(claimed.attempts());
            } catch (Exception | LinkageError failure) {
                transaction.rollbackTo(beforeWork);
                outcome = policy.failed(claimed.attempts());
                error = failure.getClass().getSimpleName() + ": " + failure.getMessage();
                if (outcome.state() == DeliveryPolicy.State.PARKED) {
                    LOG.warn("Outbox event {} ({}) parked for {} after {} failed attempts", event.id(), event.topic(), name,
                            outcome.attempts());
                }
            }
            OutboxDeliveries.settle(transaction.connection(), name, event.id(), outcome, error);
            transaction.commit();
            return true;
        }
    }

    private static String nameOf(Map<String, Object> properties) {
        Object name = properties.get(OutboxSubscriber.NAME);
        return name instanceof String text && !text.isBlank() ? text.strip() : null;
    }

    private static List<String> topicsOf(Map<String, Object> properties) {
        Object topics = properties.get(OutboxSubscriber.TOPICS);
        if (topics instanceof String topic) {
            return List.of(topic);
        }
        if (topics instanceof String[] list) {
            return Arrays.asList(list);
        }
        if (topics instanceof java.util.Collection<?> list) {
            return list.stream().map(String::valueOf).toList();
        }
        return List.of();
    }
}
