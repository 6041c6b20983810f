package io.mercato.platform.persistence;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.mercato.platform.api.Actor;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;

/** Writes one audit row on the caller's connection, so it commits or rolls back with the change itself. */
final class AuditWriter {
    private static final String INSERT = "INSERT INTO platform.audit_log (actor, action, entity, entity_id, details) "
            + "VALUES (?, ?, ?, ?, ?::jsonb)";
    private final ObjectMapper json = new ObjectMapper()
            .registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

    void write(Connection connection, Actor actor, String action, String entity, String entityId, Object details) {
        try (PreparedStatement insert = connection.prepareStatement(INSERT)) {
            insert.setString(1, actor.username());
            insert.setString(2, action);
            insert.setString(3, entity);
            insert.setString(4, entityId);
            insert.setString(5, details == null ? "{}" : json.writeValueAsString(details));
            insert.executeUpdate();
        } catch (SQLException | JsonProcessingException e) {
            throw new IllegalStateException("Could not write the audit record for " + action, e);
        }
    }
}
