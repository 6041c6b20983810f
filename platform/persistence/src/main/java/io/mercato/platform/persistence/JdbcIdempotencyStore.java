package io.mercato.platform.persistence;

import io.mercato.platform.api.persistence.IdempotencyStore;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import javax.sql.DataSource;

/** Idempotency keys in {@code platform.idempotency_key}; the primary key serialises concurrent retries. */
final class JdbcIdempotencyStore implements IdempotencyStore {
    /** A claim older than this is taken to belong to a request that died half-way and may be retaken. */
    private static final String STALE = "interval '2 minutes'";
    private final DataSource dataSource;

    JdbcIdempotencyStore(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    public Claim claim(String owner, String key, String fingerprint) {
        try (Connection connection = dataSource.getConnection()) {
            if (insertClaim(connection, owner, key, fingerprint) || retakeStale(connection, owner, key, fingerprint)) {
                return Claim.of(Outcome.NEW);
            }
            return existing(connection, owner, key, fingerprint);
        } catch (SQLException e) {
            throw new IllegalStateException("Idempotency store unavailable", e);
        }
    }

    private static boolean insertClaim(Connection connection, String owner, String key, String fingerprint)
            throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO platform.idempotency_key (owner, key, fingerprint, state) VALUES (?, ?, ?, 'in-progress') "
                        + "ON CONFLICT (owner, key) DO NOTHING")) {
            insert.setString(1, owner);
            insert.setString(2, key);
            insert.setString(3, fingerprint);
            return insert.executeUpdate() == 1;
        }
    }

    private static boolean retakeStale(Connection connection, String owner, String key, String fingerprint)
            throws SQLException {
        try (PreparedStatement update = connection.prepareStatement(
                "UPDATE platform.idempotency_key SET created_at = now() WHERE owner = ? AND key = ? AND fingerprint = ? "
                        + "AND state = 'in-progress' AND created_at < now() - " + STALE)) {
            update.setString(1, owner);
            update.setString(2, key);
            update.setString(3, fingerprint);
            return update.executeUpdate() == 1;
        }
    }

    private static Claim existing(Connection connection, String owner, String key, String fingerprint)
            throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT fingerprint, state, status, content_type, body FROM platform.idempotency_key "
                        + "WHERE owner = ? AND key = ?")) {
            select.setString(1, owner);
            select.setString(2, key);
            try (ResultSet row = select.executeQuery()) {
                if (!row.next()) {
                    return Claim.of(Outcome.IN_PROGRESS);
                }
                if (!row.getString("fingerprint").equals(fingerprint)) {
                    return Claim.of(Outcome.MISMATCH);
                }
                if (!"completed".equals(row.getString("state"))) {
                    return Claim.of(Outcome.IN_PROGRESS);
                }
                return new Claim(Outcome.REPLAY, new StoredResponse(
                        row.getInt("status"), row.getString("content_type"), row.getString("body")));
            }
        }
    }

    @Override
    public void complete(String owner, String key, StoredResponse response) {
        execute("UPDATE platform.idempotency_key SET state = 'completed', status = ?, content_type = ?, body = ? "
                + "WHERE owner = ? AND key = ?", response.status(), response.contentType(), response.body(), owner, key);
    }

    @Override
    public void abandon(String owner, String key) {
        execute("DELETE FROM platform.idempotency_key WHERE owner = ? AND key = ? AND state = 'in-progress'", owner, key);
    }

    private void execute(String sql, Object... parameters) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            statement.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("Idempotency store unavailable", e);
        }
    }
}
