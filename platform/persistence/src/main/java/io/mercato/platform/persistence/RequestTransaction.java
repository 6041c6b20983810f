package io.mercato.platform.persistence;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Savepoint;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One database transaction spanning a whole request, bound to the request's thread: {@link MyBatisTransactions}
 * joins it instead of opening its own, so the request's changes and its idempotency record commit together.
 */
final class RequestTransaction implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(RequestTransaction.class);
    private static final ThreadLocal<RequestTransaction> CURRENT = new ThreadLocal<>();

    private final Connection connection;
    private boolean rollbackOnly;
    private boolean committed;

    private RequestTransaction(Connection connection) {
        this.connection = connection;
    }

    /** Opens a transaction and binds it to this thread. */
    static RequestTransaction begin(DataSource dataSource) throws SQLException {
        RequestTransaction leftover = CURRENT.get();
        if (leftover != null) {
            // A request that ended without closing its transaction: never let it leak into the next one.
            LOG.warn("A request transaction was still bound to thread {}; rolling it back", Thread.currentThread().getName());
            leftover.close();
        }
        Connection connection = dataSource.getConnection();
        try {
            connection.setAutoCommit(false);
        } catch (SQLException e) {
            connection.close();
            throw e;
        }
        RequestTransaction transaction = new RequestTransaction(connection);
        CURRENT.set(transaction);
        return transaction;
    }

    /** The transaction bound to this thread, or null. */
    static RequestTransaction current() {
        return CURRENT.get();
    }

    Connection connection() {
        return connection;
    }

    Savepoint savepoint() {
        try {
            return connection.setSavepoint();
        } catch (SQLException e) {
            throw new IllegalStateException("The request's transaction is no longer usable", e);
        }
    }

    /** Undoes the work since the savepoint; if even that fails, nothing of the request may commit. */
    void rollbackTo(Savepoint savepoint) {
        try {
            connection.rollback(savepoint);
        } catch (SQLException e) {
            rollbackOnly = true;
            LOG.debug("Rolling back to a savepoint failed", e);
        }
    }

    /** A statement failed where no savepoint could undo it: PostgreSQL refuses the rest, so nothing may commit. */
    void rollbackOnly() {
        rollbackOnly = true;
    }

    void commit() throws SQLException {
        if (rollbackOnly) {
            throw new IllegalStateException("Part of the request failed and could not be undone; nothing was committed");
        }
        connection.commit();
        committed = true;
    }

    /** Rolls back unless committed, returns the connection and unbinds the thread. */
    @Override
    public void close() {
        try {
            if (!committed) {
                connection.rollback();
            }
        } catch (SQLException e) {
            LOG.warn("Rolling back a request transaction failed: {}", e.getMessage());
        } finally {
            try {
                connection.setAutoCommit(true);
                connection.close();
            } catch (SQLException e) {
                LOG.debug("Returning the connection failed", e);
            }
            if (CURRENT.get() == this) {
                CURRENT.remove();
            }
        }
    }
}
