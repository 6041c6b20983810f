package io.mercato.platform.api.outbox;

import java.time.Instant;
import java.util.Map;

/**
 * One published event. {@code id} is unique and never reused: a subscriber whose effects leave the database keeps it
 * to recognise a redelivery. {@code payload} is the JSON object published (strings, numbers, booleans, lists, maps).
 */
public record OutboxEvent(long id, String topic, Map<String, Object> payload, String publishedBy, Instant publishedAt) {
    /** A payload value as text, or null when absent. */
    public String text(String key) {
        Object value = payload.get(key);
        return value == null ? null : value.toString();
    }

    /** A payload value that is a list, as texts (empty when absent). */
    public java.util.List<String> texts(String key) {
        Object value = payload.get(key);
        if (value instanceof java.util.Collection<?> values) {
            return values.stream().map(String::valueOf).toList();
        }
        return value == null ? java.util.List.of() : java.util.List.of(value.toString());
    }
}
