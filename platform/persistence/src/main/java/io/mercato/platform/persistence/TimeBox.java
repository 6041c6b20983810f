package io.mercato.platform.persistence;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.sql.Statement;
import java.util.OptionalLong;
import java.util.function.LongSupplier;

/**
 * Runs a statement on a transaction's connection with a time budget: PostgreSQL cancels it when the budget runs out,
 * the transaction rolls back to before it and goes on with the old timeout; the caller gets nothing instead of a
 * result.
 */
final class TimeBox {
    private static final String QUERY_CANCELED = "57014";

    private TimeBox() {
    }

    static OptionalLong run(Connection connection, int millis, LongSupplier statement) {
        try {
            String previous = setting(connection);
            Savepoint before = connection.setSavepoint();
            execute(connection, "SET LOCAL statement_timeout = " + Math.max(1, millis));
            try {
                long result = statement.getAsLong();
                execute(connection, "SET LOCAL statement_timeout = '" + previous.replace("'", "''") + "'");
                connection.releaseSavepoint(before);
                return OptionalLong.of(result);
            } catch (RuntimeException e) {
                if (!canceled(e)) {
                    throw e;
                }
                // Rolling back to the savepoint also restores the statement timeout set before it.
                connection.rollback(before);
                return OptionalLong.empty();
            }
        } catch (SQLException e) {
            if (canceled(e)) {
                return OptionalLong.empty();
            }
            throw new IllegalStateException("A time-boxed statement failed", e);
        }
    }

    private static String setting(Connection connection) throws SQLException {
        try (Statement show = connection.createStatement(); ResultSet row = show.executeQuery("SHOW statement_timeout")) {
            row.next();
            return row.getString(1);
        }
    }

    private static void execute(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    static boolean canceled(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql && QUERY_CANCELED.equals(sql.getSQLState())) {
                return true;
            }
        }
        return false;
    }
}
