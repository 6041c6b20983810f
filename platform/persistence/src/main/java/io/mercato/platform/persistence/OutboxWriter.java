package io.mercato.platform.persistence;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.mercato.platform.api.Actor;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Writes an outbox event and a delivery for each subscription of its topic on the caller's connection, so they commit
 * or roll back with the change that caused them.
 */
final class OutboxWriter {
    static final Pattern TOPIC = Pattern.compile("mercato(/[a-z0-9][a-z0-9-]*){2,4}");
    private static final String INSERT = "WITH event AS (INSERT INTO platform.outbox_event (topic, payload, published_by) "
            + "VALUES (?, ?::jsonb, ?) RETURNING id, topic), "
            + "deliveries AS (INSERT INTO platform.outbox_delivery (subscriber, event_id) SELECT s.subscriber, event.id "
            + "FROM event JOIN platform.outbox_subscription s ON platform.outbox_topic_taken(s.topics, event.topic)) "
            + "SELECT id FROM event";
    private final ObjectMapper json = new ObjectMapper()
            .registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

    long publish(Connection connection, Actor actor, String topic, Map<String, ?> payload) {
        if (topic == null || !TOPIC.matcher(topic).matches()) {
            throw new IllegalArgumentException("An outbox topic is mercato/<department>/<event>, not " + topic);
        }
        try (PreparedStatement insert = connection.prepareStatement(INSERT)) {
            insert.setString(1, topic);
            insert.setString(2, json.writeValueAsString(payload == null ? Map.of() : payload));
            insert.setString(3, actor.username());
            try (ResultSet id = insert.executeQuery()) {
                id.next();
                return id.getLong(1);
            }
        } catch (SQLException | JsonProcessingException e) {
            throw new IllegalStateException("Could not publish the event " + topic, e);
        }
    }
}
