package io.mercato.platform.persistence;

import java.sql.Connection;
import java.sql.SQLException;
import org.postgresql.PGConnection;

/**
 * Lets every statement on a connection be planned for its own values until closed: the driver sends them unnamed,
 * so PostgreSQL never switches to a generic plan made for any value, which cannot tell a popular user or SKU from a
 * rare one (on tens of millions of rows a millisecond against seconds). Client-side only, no round trip. Used for
 * reads (lists, searches, planning); writes keep their cached plans, which the hot paths need.
 */
final class CustomPlans implements AutoCloseable {
    private final PGConnection connection;
    private final int threshold;

    private CustomPlans(PGConnection connection) {
        this.connection = connection;
        this.threshold = connection.getPrepareThreshold();
        connection.setPrepareThreshold(0);
    }

    static CustomPlans on(Connection connection) {
        try {
            return new CustomPlans(connection.unwrap(PGConnection.class));
        } catch (SQLException e) {
            throw new IllegalStateException("Not a PostgreSQL connection", e);
        }
    }

    @Override
    public void close() {
        connection.setPrepareThreshold(threshold);
    }
}
