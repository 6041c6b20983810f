package io.mercato.platform.persistence;

import io.mercato.platform.api.Cursor;
import io.mercato.platform.api.Page;
import io.mercato.platform.api.PageRequest;
import io.mercato.platform.api.persistence.AuditEntry;
import io.mercato.platform.api.persistence.AuditLog;
import io.mercato.platform.api.persistence.AuditQuery;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;

/**
 * The audit trail in {@code platform.audit_log}, newest first (by time, then id). Every filter is an exact match or a
 * time range served by an index in that order, so a page costs the same at fifty million rows as at fifty; the search
 * box's text is looked up as a user, an action and a record id, each from its own index, and the three merged. Counting
 * stops at 10,001 rows and after {@link PageRequest#COUNT_MILLIS} ms (a rare combination of filters may have to read far to
 * count): then the page says how many there are at least.
 */
final class JdbcAuditLog implements AuditLog {
    private static final String COLUMNS = "id, at, actor, action, entity, entity_id, details::text";
    private static final String NEWEST_FIRST = " ORDER BY at DESC, id DESC";
    private static final List<String> TEXT_COLUMNS = List.of("actor", "action", "entity_id");
    private final DataSource dataSource;
    private final AuditWriter writer;

    JdbcAuditLog(DataSource dataSource, AuditWriter writer) {
        this.dataSource = dataSource;
        this.writer = writer;
    }

    @Override
    public void record(io.mercato.platform.api.Actor actor, String action, String entity, String entityId, Object details) {
        try (Connection connection = dataSource.getConnection()) {
            writer.write(connection, actor, action, entity, entityId, details);
        } catch (SQLException e) {
            throw new IllegalStateException("The audit log could not be written", e);
        }
    }

    /** The position of an entry in the trail's order, as a page's cursor holds it. */
    private record Position(Timestamp at, long id) {
        static Position of(String cursor) {
            String[] parts = Cursor.parts(cursor, 3);
            return new Position(Timestamp.from(Instant.ofEpochSecond(Cursor.number(parts[0]), Cursor.number(parts[1]))),
                    Cursor.number(parts[2]));
        }

        static String cursor(AuditEntry entry) {
            return Cursor.of(entry.at().getEpochSecond(), entry.at().getNano(), entry.id());
        }
    }

    @Override
    public Page<AuditEntry> search(AuditQuery query, PageRequest page) {
        Position after = page.after() == null ? null : Position.of(page.after());
        Filter filter = Filter.of(query);
        String text = blankToNull(query.text());
        try (Connection connection = dataSource.getConnection(); CustomPlans plans = CustomPlans.on(connection)) {
            connection.setAutoCommit(false);
            try {
                List<AuditEntry> entries = entries(connection, filter, text, after, page);
                java.util.OptionalLong counted = countWithin(connection, filter, text, page.countLimit());
                connection.rollback();
                return Page.of(entries, page, counted, Position::cursor);
            } finally {
                connection.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("The audit log could not be read", e);
        }
    }

    private static List<AuditEntry> entries(Connection connection, Filter filter, String text, Position after, PageRequest page)
            throws SQLException {
        List<Object> parameters = new ArrayList<>();
        String sql;
        if (text == null) {
            sql = "SELECT " + COLUMNS + " FROM platform.audit_log" + filter.where(null, after, parameters) + NEWEST_FIRST
                    + " LIMIT ? OFFSET ?";
        } else {
            sql = "SELECT " + COLUMNS + " FROM platform.audit_log WHERE id IN (" + textMatches(filter, text, after,
                    page.offset() + page.fetch(), parameters) + ")" + NEWEST_FIRST + " LIMIT ? OFFSET ?";
        }
        parameters.add(page.fetch());
        parameters.add(page.offset());
        List<AuditEntry> entries = new ArrayList<>();
        try (PreparedStatement select = prepared(connection, sql, parameters); ResultSet row = select.executeQuery()) {
            while (row.next()) {
                entries.add(new AuditEntry(row.getLong(1), row.getTimestamp(2).toInstant(), row.getString(3), row.getString(4),
                        row.getString(5), row.getString(6), row.getString(7)));
            }
        }
        return entries;
    }

    /** How many rows match, up to {@code limit}; empty when counting took longer than it may. */
    private static java.util.OptionalLong countWithin(Connection connection, Filter filter, String text, int limit) {
        List<Object> parameters = new ArrayList<>();
        String matching = text == null
                ? "SELECT 1 FROM platform.audit_log" + filter.where(null, null, parameters) + " LIMIT ?"
                : textMatches(filter, text, null, limit, parameters);
        if (text == null) {
            parameters.add(limit);
        }
        return TimeBox.run(connection, PageRequest.COUNT_MILLIS, () -> {
            try (PreparedStatement count = prepared(connection, "SELECT count(*) FROM (" + matching + ") matching", parameters);
                 ResultSet row = count.executeQuery()) {
                row.next();
                return row.getLong(1);
            } catch (SQLException e) {
                throw new IllegalStateException("The audit log could not be counted", e);
            }
        });
    }

    /** The ids of the newest {@code limit} rows whose user, action or record id is the text: one index scan each. */
    private static String textMatches(Filter filter, String text, Position after, int limit, List<Object> parameters) {
        List<String> branches = new ArrayList<>();
        for (String column : TEXT_COLUMNS) {
            parameters.add(text);
            branches.add("(SELECT id FROM platform.audit_log" + filter.where(column, after, parameters) + NEWEST_FIRST + " LIMIT ?)");
            parameters.add(limit);
        }
        return String.join(" UNION ", branches);
    }

    /** The query's exact filters and time range as SQL conditions with their parameters. */
    private record Filter(List<String> conditions, List<Object> values) {
        static Filter of(AuditQuery query) {
            List<String> conditions = new ArrayList<>();
            List<Object> values = new ArrayList<>();
            add(conditions, values, "actor = ?", blankToNull(query.actor()));
            add(conditions, values, "action = ?", blankToNull(query.action()));
            add(conditions, values, "entity = ?", blankToNull(query.entity()));
            add(conditions, values, "entity_id = ?", blankToNull(query.entityId()));
            add(conditions, values, "at >= ?", query.from() == null ? null : Timestamp.from(query.from()));
            add(conditions, values, "at < ?", query.to() == null ? null : Timestamp.from(query.to()));
            return new Filter(conditions, values);
        }

        private static void add(List<String> conditions, List<Object> values, String condition, Object value) {
            if (value != null) {
                conditions.add(condition);
                values.add(value);
            }
        }

        /** {@code WHERE ...}; the caller added the text's parameter first when {@code column} is set. */
        String where(String column, Position after, List<Object> parameters) {
            List<String> where = new ArrayList<>();
            if (column != null) {
                where.add(column + " = ?");
            }
            where.addAll(conditions);
            parameters.addAll(values);
            if (after != null) {
                where.add("(at, id) < (?, ?)");
                parameters.add(after.at());
                parameters.add(after.id());
            }
            return where.isEmpty() ? "" : " WHERE " + String.join(" AND ", where);
        }
    }

    private static PreparedStatement prepared(Connection connection, String sql, List<Object> parameters) throws SQLException {
        PreparedStatement statement = connection.prepareStatement(sql);
        for (int i = 0; i < parameters.size(); i++) {
            statement.setObject(i + 1, parameters.get(i));
        }
        return statement;
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
