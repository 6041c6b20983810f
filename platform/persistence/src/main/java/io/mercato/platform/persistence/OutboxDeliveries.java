package io.mercato.platform.persistence;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.mercato.platform.api.outbox.OutboxEvent;
import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;

/** The outbox tables as the dispatcher uses them, on the connection of the delivery's transaction. */
final class OutboxDeliveries {
    private static final String CLAIM = "SELECT d.event_id, d.attempts, e.topic, e.payload::text, e.published_by, e.published_at "
            + "FROM platform.outbox_delivery d JOIN platform.outbox_event e ON e.id = d.event_id "
            + "WHERE d.subscriber = ? AND d.state = 'PENDING' AND d.next_attempt_at <= now() "
            + "ORDER BY d.event_id LIMIT 1 FOR UPDATE OF d SKIP LOCKED";
    private static final String SETTLE = "UPDATE platform.outbox_delivery SET state = ?, attempts = ?, "
            + "next_attempt_at = now() + ? * interval '1 millisecond', last_error = coalesce(?, last_error), "
            + "finished_at = CASE WHEN ? = 'PENDING' THEN NULL ELSE now() END WHERE subscriber = ? AND event_id = ?";
    private static final String SUBSCRIBE = "INSERT INTO platform.outbox_subscription (subscriber, topics) VALUES (?, ?) "
            + "ON CONFLICT (subscriber) DO UPDATE SET topics = excluded.topics, seen_at = now() RETURNING (xmax = 0) AS created";
    private static final String REPLAY = "INSERT INTO platform.outbox_delivery (subscriber, event_id) SELECT ?, e.id "
            + "FROM platform.outbox_event e WHERE platform.outbox_topic_taken(?, e.topic) ON CONFLICT DO NOTHING";
    private static final int ERROR_LENGTH = 2000;
    private static final ObjectMapper JSON = new ObjectMapper();

    /** A delivery claimed for this transaction: nobody else (no other node either) sees it until it ends. */
    record Claimed(OutboxEvent event, int attempts) {
    }

    private OutboxDeliveries() {
    }

    static Claimed claimNext(Connection connection, String subscriber) throws SQLException {
        try (PreparedStatement claim = connection.prepareStatement(CLAIM)) {
            claim.setString(1, subscriber);
            try (ResultSet row = claim.executeQuery()) {
                if (!row.next()) {
                    return null;
                }
                OutboxEvent event = new OutboxEvent(row.getLong(1), row.getString(3), payload(row.getString(4)),
                        row.getString(5), row.getTimestamp(6).toInstant());
                return new Claimed(event, row.getInt(2));
            }
        }
    }

    static void settle(Connection connection, String subscriber, long eventId, DeliveryPolicy.Outcome outcome, String error)
            throws SQLException {
        try (PreparedStatement settle = connection.prepareStatement(SETTLE)) {
            settle.setString(1, outcome.state().name());
            settle.setInt(2, outcome.attempts());
            settle.setLong(3, outcome.retryIn() == null ? 0 : outcome.retryIn().toMillis());
            settle.setString(4, error == null ? null : error.length() > ERROR_LENGTH ? error.substring(0, ERROR_LENGTH) : error);
            settle.setString(5, outcome.state().name());
            settle.setString(6, subscriber);
            settle.setLong(7, eventId);
            settle.executeUpdate();
        }
    }

    /**
     * Records (or renews) a subscription; from now on events of its topics are kept for it. With {@code replay}, a
     * subscription recorded for the first time also gets the events of its topics published before.
     */
    static void subscribe(Connection connection, String subscriber, List<String> topics, boolean replay) throws SQLException {
        java.sql.Array patterns = connection.createArrayOf("text", topics.toArray());
        boolean autoCommit = connection.getAutoCommit();
        connection.setAutoCommit(false);
        try (PreparedStatement subscribe = connection.prepareStatement(SUBSCRIBE)) {
            subscribe.setString(1, subscriber);
            subscribe.setArray(2, patterns);
            boolean created;
            try (ResultSet row = subscribe.executeQuery()) {
                row.next();
                created = row.getBoolean(1);
            }
            if (created && replay) {
                try (PreparedStatement history = connection.prepareStatement(REPLAY)) {
                    history.setString(1, subscriber);
                    history.setArray(2, patterns);
                    history.executeUpdate();
                }
            }
            connection.commit();
        } catch (SQLException | RuntimeException e) {
            connection.rollback();
            throw e;
        } finally {
            connection.setAutoCommit(autoCommit);
        }
    }

    private static Map<String, Object> payload(String json) throws SQLException {
        try {
            return JSON.readValue(json, new TypeReference<Map<String, Object>>() { });
        } catch (IOException e) {
            throw new SQLException("An outbox payload is not a JSON object", e);
        }
    }
}
