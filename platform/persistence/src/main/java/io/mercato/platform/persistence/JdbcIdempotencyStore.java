package io.mercato.platform.persistence;

import io.mercato.platform.api.persistence.IdempotencyStore;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;

/**
 * Idempotency keys in {@code platform.idempotency_key}, written inside the request's own transaction: the primary
 * key makes a concurrent retry wait for the first attempt's commit or rollback, so the key, the work and the stored
 * answer are either all there or none.
 */
final class JdbcIdempotencyStore implements IdempotencyStore {
    /** How long a retry waits for a running first attempt before it is told to come back later. */
    private static final String WAIT_FOR_FIRST_ATTEMPT = "10s";
    private static final String LOCK_NOT_AVAILABLE = "55P03";
    private final DataSource dataSource;

    JdbcIdempotencyStore(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    public IdempotentRequest begin(String owner, String key, String fingerprint) {
        RequestTransaction transaction;
        try {
            transaction = RequestTransaction.begin(dataSource);
        } catch (SQLException e) {
            throw new IllegalStateException("The idempotency store cannot reach the database", e);
        }
        try {
            Connection connection = transaction.connection();
            try (Statement wait = connection.createStatement()) {
                wait.execute("SET LOCAL lock_timeout = '" + WAIT_FOR_FIRST_ATTEMPT + "'");
            }
            if (insert(connection, owner, key, fingerprint)) {
                return new Request(transaction, owner, key, Outcome.NEW, null);
            }
            Request earlier = earlier(connection, owner, key, fingerprint);
            transaction.close();
            return earlier;
        } catch (SQLException e) {
            transaction.close();
            if (LOCK_NOT_AVAILABLE.equals(e.getSQLState())) {
                return new Request(null, owner, key, Outcome.IN_PROGRESS, null);
            }
            throw new IllegalStateException("The idempotency store cannot reach the database", e);
        } catch (RuntimeException e) {
            transaction.close();
            throw e;
        }
    }

    private static boolean insert(Connection connection, String owner, String key, String fingerprint) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO platform.idempotency_key (owner, key, fingerprint, state) VALUES (?, ?, ?, 'in-progress') "
                        + "ON CONFLICT (owner, key) DO NOTHING")) {
            insert.setString(1, owner);
            insert.setString(2, key);
            insert.setString(3, fingerprint);
            return insert.executeUpdate() == 1;
        }
    }

    private static Request earlier(Connection connection, String owner, String key, String fingerprint) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT fingerprint, status, content_type, body FROM platform.idempotency_key WHERE owner = ? AND key = ?")) {
            select.setString(1, owner);
            select.setString(2, key);
            try (ResultSet row = select.executeQuery()) {
                if (!row.next()) {
                    return new Request(null, owner, key, Outcome.IN_PROGRESS, null);
                }
                if (!row.getString("fingerprint").equals(fingerprint)) {
                    return new Request(null, owner, key, Outcome.MISMATCH, null);
                }
                return new Request(null, owner, key, Outcome.REPLAY,
                        new StoredResponse(row.getInt("status"), row.getString("content_type"), row.getString("body")));
            }
        }
    }

    private static final class Request implements IdempotentRequest {
        private final RequestTransaction transaction;
        private final String owner;
        private final String key;
        private final Outcome outcome;
        private final StoredResponse stored;

        Request(RequestTransaction transaction, String owner, String key, Outcome outcome, StoredResponse stored) {
            this.transaction = transaction;
            this.owner = owner;
            this.key = key;
            this.outcome = outcome;
            this.stored = stored;
        }

        @Override
        public Outcome outcome() {
            return outcome;
        }

        @Override
        public StoredResponse storedResponse() {
            return stored;
        }

        @Override
        public void complete(StoredResponse response) {
            if (outcome != Outcome.NEW) {
                throw new IllegalStateException("Only a new request can be completed");
            }
            try (PreparedStatement update = transaction.connection().prepareStatement(
                    "UPDATE platform.idempotency_key SET state = 'completed', status = ?, content_type = ?, body = ? "
                            + "WHERE owner = ? AND key = ?")) {
                update.setInt(1, response.status());
                update.setString(2, response.contentType());
                update.setString(3, response.body());
                update.setString(4, owner);
                update.setString(5, key);
                update.executeUpdate();
                transaction.commit();
            } catch (SQLException e) {
                throw new IllegalStateException("The request could not be committed", e);
            }
        }

        @Override
        public void close() {
            if (transaction != null) {
                transaction.close();
            }
        }
    }
}
