package io.mercato.platform.persistence;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.mercato.platform.api.Actor;
import io.mercato.platform.api.ConflictException;
import io.mercato.platform.api.persistence.TransactionContext;
import io.mercato.platform.api.persistence.Transactions;
import io.mercato.platform.api.settings.SettingsChange;
import io.mercato.platform.api.settings.SettingsDefinition;
import io.mercato.platform.api.settings.SettingsDocument;
import io.mercato.platform.api.settings.SettingsVersion;
import io.mercato.platform.api.settings.VersionedSettings;
import io.mercato.platform.api.validation.Check;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A settings document in a table of its department's schema. Saved versions never change, so the newest one read is kept
 * parsed; the version in force is then one index look-up of its number and time (which also sees versions other nodes
 * saved; the time tells a version apart from one of the same number that a rolled-back transaction had shown).
 * The table and schema names are checked identifiers (see {@link SettingsDefinition}), never input.
 */
final class JdbcVersionedSettings<T extends SettingsDocument<T>> implements VersionedSettings<T> {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int MAX_VERSIONS = 500;
    private final SettingsDefinition<T> definition;
    private final Transactions transactions;
    private final String auditAction;
    private final String newest;
    private final String list;
    private final String insert;
    private volatile SettingsVersion<T> cached;

    JdbcVersionedSettings(String schema, SettingsDefinition<T> definition, Transactions transactions) {
        this.definition = definition;
        this.transactions = transactions;
        this.auditAction = schema + "." + definition.auditName() + "-saved";
        String table = schema + "." + definition.table();
        this.newest = "SELECT version, created_at FROM " + table + " ORDER BY version DESC LIMIT 1";
        this.list = "SELECT version, settings::text, note, created_by, created_at FROM " + table + " WHERE version <= ? ORDER BY version DESC LIMIT ?";
        this.insert = "INSERT INTO " + table + " (version, settings, note, created_by) VALUES (?, ?::jsonb, ?, ?) ON CONFLICT (version) DO NOTHING";
    }

    @Override
    public SettingsVersion<T> current() {
        return transactions.read(this::current);
    }

    @Override
    public SettingsVersion<T> current(TransactionContext tx) {
        Connection connection = tx.connection();
        Stamp newest = newest(connection);
        SettingsVersion<T> known = cached;
        if (known != null && known.version() == newest.version() && java.util.Objects.equals(known.createdAt(), newest.createdAt())) {
            return known;
        }
        SettingsVersion<T> read = newest.version() == 0 ? defaults() : read(connection, newest.version(), 1).get(0);
        cached = read;
        return read;
    }

    @Override
    public List<SettingsVersion<T>> versions(int limit) {
        int bounded = Math.max(1, Math.min(MAX_VERSIONS, limit));
        return transactions.read(tx -> {
            List<SettingsVersion<T>> versions = read(tx.connection(), Integer.MAX_VALUE, bounded);
            return versions.isEmpty() ? List.of(defaults()) : versions;
        });
    }

    @Override
    public SettingsVersion<T> save(SettingsChange<T> change, Actor actor) {
        T settings = change == null ? null : change.settings();
        String note = change == null || change.note() == null || change.note().isBlank() ? null : change.note().strip();
        Check.input().required("settings", settings).text("note", note, 500, false).validate();
        settings.validate();
        T complete = settings.complete();
        return transactions.inTransaction(actor, tx -> {
            Connection connection = tx.connection();
            int next = newest(connection).version() + 1;
            if (!inserted(connection, next, complete, note, actor)) {
                throw new ConflictException("settings-changed", definition.title() + " version " + next
                        + " was saved a moment ago; reload and try again");
            }
            tx.audit(auditAction, definition.auditName(), String.valueOf(next), Map.of("settings", complete, "note", note == null ? "" : note));
            return read(connection, next, 1).get(0);
        });
    }

    private SettingsVersion<T> defaults() {
        return new SettingsVersion<>(0, parse("{}").complete(), null, Actor.SYSTEM.username(), null);
    }

    private record Stamp(int version, java.time.Instant createdAt) {
    }

    private Stamp newest(Connection connection) {
        try (PreparedStatement statement = connection.prepareStatement(newest); ResultSet row = statement.executeQuery()) {
            return row.next() ? new Stamp(row.getInt(1), row.getTimestamp(2).toInstant()) : new Stamp(0, null);
        } catch (SQLException e) {
            throw new IllegalStateException(definition.title() + " could not be read: " + e.getMessage(), e);
        }
    }

    private List<SettingsVersion<T>> read(Connection connection, int upTo, int limit) {
        try (PreparedStatement statement = connection.prepareStatement(list)) {
            statement.setInt(1, upTo);
            statement.setInt(2, limit);
            List<SettingsVersion<T>> versions = new ArrayList<>();
            try (ResultSet row = statement.executeQuery()) {
                while (row.next()) {
                    versions.add(new SettingsVersion<>(row.getInt(1), parse(row.getString(2)).complete(), row.getString(3), row.getString(4),
                            row.getTimestamp(5).toInstant()));
                }
            }
            return versions;
        } catch (SQLException e) {
            throw new IllegalStateException(definition.title() + " could not be read: " + e.getMessage(), e);
        }
    }

    private boolean inserted(Connection connection, int version, T settings, String note, Actor actor) {
        try (PreparedStatement statement = connection.prepareStatement(insert)) {
            statement.setInt(1, version);
            statement.setString(2, JSON.writeValueAsString(settings));
            statement.setString(3, note);
            statement.setString(4, actor.username());
            return statement.executeUpdate() == 1;
        } catch (SQLException | JsonProcessingException e) {
            throw new IllegalStateException(definition.title() + " could not be saved: " + e.getMessage(), e);
        }
    }

    private T parse(String json) {
        try {
            return JSON.readValue(json, definition.type());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(definition.title() + ": a stored version is unreadable", e);
        }
    }
}
