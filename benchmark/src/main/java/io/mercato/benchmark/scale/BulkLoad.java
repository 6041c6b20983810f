package io.mercato.benchmark.scale;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * Loading millions of rows the way a DBA would: the table's secondary indexes are dropped, the rows inserted set-based,
 * and the indexes built again from their own definitions (read from the catalog, so a migration that changes an index
 * needs no change here). Primary keys and unique constraints stay: they guard the data.
 */
final class BulkLoad {
    private BulkLoad() {
    }

    @FunctionalInterface
    interface Work {
        void run() throws SQLException;
    }

    static void withoutSecondaryIndexes(Connection connection, String table, Work work) throws SQLException {
        List<String[]> indexes = new ArrayList<>();
        try (PreparedStatement find = connection.prepareStatement("SELECT n.nspname || '.' || i.relname, pg_get_indexdef(i.oid) "
                + "FROM pg_index x JOIN pg_class i ON i.oid = x.indexrelid JOIN pg_namespace n ON n.oid = i.relnamespace "
                + "WHERE x.indrelid = ?::regclass AND NOT x.indisprimary AND NOT x.indisunique")) {
            find.setString(1, table);
            try (ResultSet row = find.executeQuery()) {
                while (row.next()) {
                    indexes.add(new String[] {row.getString(1), row.getString(2)});
                }
            }
        }
        for (String[] index : indexes) {
            execute(connection, "DROP INDEX " + index[0]);
        }
        try {
            work.run();
        } finally {
            for (String[] index : indexes) {
                execute(connection, index[1]);
            }
        }
    }

    /** Runs one statement; the rows it changed (0 for a SELECT run for its effect, such as setseed). */
    static long execute(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            return statement.execute(sql) ? 0 : Math.max(0, statement.getLargeUpdateCount());
        }
    }

    static long count(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement(); ResultSet row = statement.executeQuery(sql)) {
            row.next();
            return row.getLong(1);
        }
    }

    /** Fresh statistics and visibility map, as autovacuum would give them after a while. */
    static void analyse(Connection connection, String... tables) throws SQLException {
        for (String table : tables) {
            execute(connection, "VACUUM (ANALYZE) " + table);
        }
    }

    /** Runs a step and says how long it took. */
    static void timed(ScaleContext context, String what, Work work) throws SQLException {
        long started = System.nanoTime();
        work.run();
        context.figure(what, String.format("%.1f s", (System.nanoTime() - started) / 1e9));
    }
}
