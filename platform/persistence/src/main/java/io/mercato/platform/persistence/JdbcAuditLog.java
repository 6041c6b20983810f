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
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;

/**
 * The audit trail in {@code platform.audit_log}, searched newest first. Every filter is an exact match served by an
 * index ordered by id, so a page costs the same at fifty million rows as at fifty; the search box's text is looked up
 * as a user, an action and a record id, each from its own index, and the three merged.
 */
final class JdbcAuditLog implements AuditLog {
    private static final String COLUMNS = "id, at, actor, action, entity, entity_id, details::text";
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

    @Override
    public Page<AuditEntry> search(AuditQuery query, PageRequest page) {
        Long beforeId = page.after() == null ? null : Cursor.number(Cursor.parts(page.after(), 1)[0]);
        Filter filter = Filter.of(query);
        String text = blankToNull(query.text());
        try (Connection connection = dataSource.getConnection()) {
            List<AuditEntry> entries = new ArrayList<>();
            List<Object> parameters = new ArrayList<>();
            String ids = matchingIds(filter, text, beforeId, page.offset() + page.fetch(), parameters);
            parameters.add(page.fetch());
            parameters.add(page.offset());
            try (PreparedStatement select = prepared(connection, "SELECT " + COLUMNS + " FROM platform.audit_log WHERE id IN ("
                    + ids + ") ORDER BY id DESC LIMIT ? OFFSET ?", parameters); ResultSet row = select.executeQuery()) {
                while (row.next()) {
                    entries.add(new AuditEntry(row.getLong(1), row.getTimestamp(2).toInstant(), row.getString(3),
                            row.getString(4), row.getString(5), row.getString(6), row.getString(7)));
                }
            }
            List<Object> countParameters = new ArrayList<>();
            String counted = matchingIds(filter, text, null, page.countLimit(), countParameters);
            try (PreparedStatement count = prepared(connection, "SELECT count(*) FROM (" + counted + ") matching", countParameters);
                 ResultSet row = count.executeQuery()) {
                row.next();
                return Page.of(entries, page, row.getLong(1), entry -> Cursor.of(entry.id()));
            }
        } catch (SQLException e) {
            throw new IllegalStateException("The audit log could not be read", e);
        }
    }

    /** The ids of the newest {@code limit} matching rows: one index-ordered scan, or one per column the text may be. */
    private static String matchingIds(Filter filter, String text, Long beforeId, int limit, List<Object> parameters) {
        if (text == null) {
            return filter.select(null, beforeId, limit, parameters);
        }
        List<String> branches = new ArrayList<>();
        for (String column : TEXT_COLUMNS) {
            parameters.add(text);
            branches.add("(" + filter.select(column, beforeId, limit, parameters) + ")");
        }
        return String.join(" UNION ", branches);
    }

    /** The query's exact filters as SQL conditions with their parameters. */
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

        /** {@code SELECT id ... ORDER BY id DESC LIMIT n}; the caller added the text's parameter when {@code column} is set. */
        String select(String column, Long beforeId, int limit, List<Object> parameters) {
            List<String> where = new ArrayList<>();
            if (column != null) {
                where.add(column + " = ?");
            }
            where.addAll(conditions);
            parameters.addAll(values);
            if (beforeId != null) {
                where.add("id < ?");
                parameters.add(beforeId);
            }
            parameters.add(limit);
            return "SELECT id FROM platform.audit_log" + (where.isEmpty() ? "" : " WHERE " + String.join(" AND ", where))
                    + " ORDER BY id DESC LIMIT ?";
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
