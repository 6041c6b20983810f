package io.mercato.platform.persistence;

import io.mercato.platform.api.Actor;
import io.mercato.platform.api.Cursor;
import io.mercato.platform.api.NotFoundException;
import io.mercato.platform.api.ConflictException;
import io.mercato.platform.api.Page;
import io.mercato.platform.api.PageRequest;
import io.mercato.platform.api.outbox.OutboxMonitor;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.sql.DataSource;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** The outbox as administrators see it: backlog per subscription, parked deliveries, and retrying them by hand. */
@Component(service = OutboxMonitor.class)
public class JdbcOutboxMonitor implements OutboxMonitor {
    private static final String SUBSCRIPTIONS = "SELECT s.subscriber, s.topics, "
            + "(SELECT count(*) FROM platform.outbox_delivery d WHERE d.subscriber = s.subscriber AND d.state = 'PENDING'), "
            + "(SELECT count(*) FROM platform.outbox_delivery d WHERE d.subscriber = s.subscriber AND d.state = 'PARKED'), "
            + "(SELECT min(e.published_at) FROM platform.outbox_delivery d JOIN platform.outbox_event e ON e.id = d.event_id "
            + " WHERE d.subscriber = s.subscriber AND d.state = 'PENDING') "
            + "FROM platform.outbox_subscription s ORDER BY s.subscriber";
    private static final String PARKED = "SELECT d.subscriber, d.event_id, e.topic, e.published_at, d.attempts, d.last_error, d.state "
            + "FROM platform.outbox_delivery d JOIN platform.outbox_event e ON e.id = d.event_id "
            + "WHERE d.state = 'PARKED' AND (?::text IS NULL OR d.subscriber = ?) "
            + "AND (?::bigint IS NULL OR (d.event_id, d.subscriber) < (?, ?)) "
            + "ORDER BY d.event_id DESC, d.subscriber DESC LIMIT ? OFFSET ?";
    private static final String COUNT_PARKED = "SELECT count(*) FROM (SELECT 1 FROM platform.outbox_delivery d "
            + "WHERE d.state = 'PARKED' AND (?::text IS NULL OR d.subscriber = ?) LIMIT ?) counted";
    private static final String RETRY = "UPDATE platform.outbox_delivery d SET state = 'PENDING', attempts = 0, next_attempt_at = now(), "
            + "finished_at = NULL FROM platform.outbox_event e WHERE e.id = d.event_id AND d.subscriber = ? AND d.event_id = ? "
            + "AND d.state = 'PARKED' RETURNING d.subscriber, d.event_id, e.topic, e.published_at, d.attempts, d.last_error, d.state";

    private final DataSource dataSource;
    private final OutboxDispatcher dispatcher;
    private final AuditWriter audit = new AuditWriter();

    @Activate
    public JdbcOutboxMonitor(@Reference(target = "(mercato.datasource=main)") DataSource dataSource,
                             @Reference OutboxDispatcher dispatcher) {
        this.dataSource = dataSource;
        this.dispatcher = dispatcher;
    }

    @Override
    public List<SubscriptionStatus> subscriptions() {
        Set<String> installed = dispatcher.installed();
        try (Connection connection = dataSource.getConnection(); PreparedStatement select = connection.prepareStatement(SUBSCRIPTIONS);
             ResultSet rows = select.executeQuery()) {
            List<SubscriptionStatus> subscriptions = new ArrayList<>();
            while (rows.next()) {
                Timestamp oldest = rows.getTimestamp(5);
                subscriptions.add(new SubscriptionStatus(rows.getString(1), Arrays.asList((String[]) rows.getArray(2).getArray()),
                        installed.contains(rows.getString(1)), rows.getLong(3), rows.getLong(4),
                        oldest == null ? null : oldest.toInstant()));
            }
            return subscriptions;
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read the outbox subscriptions", e);
        }
    }

    @Override
    public Page<ParkedDelivery> parked(String subscriber, PageRequest page) {
        String[] after = page.after() == null ? null : Cursor.parts(page.after(), 2);
        try (Connection connection = dataSource.getConnection()) {
            List<ParkedDelivery> fetched = new ArrayList<>();
            try (PreparedStatement select = connection.prepareStatement(PARKED)) {
                select.setString(1, subscriber);
                select.setString(2, subscriber);
                Long afterEvent = after == null ? null : Cursor.number(after[0]);
                select.setObject(3, afterEvent, java.sql.Types.BIGINT);
                select.setObject(4, afterEvent, java.sql.Types.BIGINT);
                select.setString(5, after == null ? null : after[1]);
                select.setInt(6, page.fetch());
                select.setInt(7, page.offset());
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        fetched.add(delivery(rows));
                    }
                }
            }
            long count;
            try (PreparedStatement select = connection.prepareStatement(COUNT_PARKED)) {
                select.setString(1, subscriber);
                select.setString(2, subscriber);
                select.setInt(3, page.countLimit());
                try (ResultSet rows = select.executeQuery()) {
                    rows.next();
                    count = rows.getLong(1);
                }
            }
            return Page.of(fetched, page, count, delivery -> Cursor.of(delivery.eventId(), delivery.subscriber()));
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read the parked outbox deliveries", e);
        }
    }

    @Override
    public ParkedDelivery retry(String subscriber, long eventId, Actor actor) {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try (PreparedStatement update = connection.prepareStatement(RETRY)) {
                update.setString(1, subscriber);
                update.setLong(2, eventId);
                try (ResultSet rows = update.executeQuery()) {
                    if (!rows.next()) {
                        connection.rollback();
                        throw missingOrNotParked(connection, subscriber, eventId);
                    }
                    ParkedDelivery retried = delivery(rows);
                    audit.write(connection, actor, "outbox.retried", "outbox-delivery", subscriber + "/" + eventId,
                            Map.of("topic", retried.topic()));
                    connection.commit();
                    return retried;
                }
            } finally {
                connection.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not retry the outbox delivery", e);
        }
    }

    @Override
    public long dropSubscriptions(String department, Actor actor) {
        String subscribers = department.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + ".%";
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            // Done deliveries go too: they name the subscription. A reinstalled department starts a subscription afresh.
            try (PreparedStatement deliveries = connection.prepareStatement(
                         "WITH gone AS (DELETE FROM platform.outbox_delivery WHERE subscriber LIKE ? RETURNING state) "
                                 + "SELECT count(*) FILTER (WHERE state IN ('PENDING', 'PARKED')) FROM gone");
                 PreparedStatement subscriptions = connection.prepareStatement(
                         "DELETE FROM platform.outbox_subscription WHERE subscriber LIKE ? RETURNING subscriber")) {
                deliveries.setString(1, subscribers);
                long dropped;
                try (ResultSet count = deliveries.executeQuery()) {
                    count.next();
                    dropped = count.getLong(1);
                }
                subscriptions.setString(1, subscribers);
                List<String> ended = new ArrayList<>();
                try (ResultSet rows = subscriptions.executeQuery()) {
                    while (rows.next()) {
                        ended.add(rows.getString(1));
                    }
                }
                audit.write(connection, actor, "outbox.subscriptions-dropped", "department", department,
                        Map.of("subscriptions", ended, "deliveriesDropped", dropped));
                connection.commit();
                return dropped;
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            } finally {
                connection.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not drop the outbox subscriptions of " + department, e);
        }
    }

    private static RuntimeException missingOrNotParked(Connection connection, String subscriber, long eventId) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT state FROM platform.outbox_delivery WHERE subscriber = ? AND event_id = ?")) {
            select.setString(1, subscriber);
            select.setLong(2, eventId);
            try (ResultSet rows = select.executeQuery()) {
                if (!rows.next()) {
                    return new NotFoundException("No outbox delivery of event " + eventId + " to " + subscriber);
                }
                return new ConflictException("not-parked", "The delivery of event " + eventId + " to " + subscriber + " is "
                        + rows.getString(1) + ", not parked");
            }
        }
    }

    private static ParkedDelivery delivery(ResultSet rows) throws SQLException {
        return new ParkedDelivery(rows.getString(1), rows.getLong(2), rows.getString(3), rows.getTimestamp(4).toInstant(),
                rows.getInt(5), rows.getString(6), rows.getString(7));
    }
}
