package io.mercato.platform.persistence;

import io.mercato.platform.api.Page;
import io.mercato.platform.api.PageRequest;
import io.mercato.platform.api.persistence.AuditEntry;
import io.mercato.platform.api.persistence.AuditLog;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;

/** The audit trail in {@code platform.audit_log}, searched newest first. */
final class JdbcAuditLog implements AuditLog {
    private static final String MATCH = " WHERE (?::text IS NULL OR actor ILIKE ? OR action ILIKE ? OR entity ILIKE ? OR entity_id ILIKE ?)";
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
    public Page<AuditEntry> search(String query, PageRequest page) {
        String q = query == null || query.isBlank() ? null : query.strip();
        try (Connection connection = dataSource.getConnection()) {
            List<AuditEntry> entries = new ArrayList<>();
            try (PreparedStatement select = connection.prepareStatement("SELECT id, at, actor, action, entity, entity_id, details::text "
                    + "FROM platform.audit_log" + MATCH + " ORDER BY id DESC LIMIT ? OFFSET ?")) {
                int next = bindQuery(select, q);
                select.setInt(next, page.size());
                select.setInt(next + 1, page.offset());
                try (ResultSet row = select.executeQuery()) {
                    while (row.next()) {
                        entries.add(new AuditEntry(row.getLong(1), row.getTimestamp(2).toInstant(), row.getString(3),
                                row.getString(4), row.getString(5), row.getString(6), row.getString(7)));
                    }
                }
            }
            try (PreparedStatement count = connection.prepareStatement("SELECT count(*) FROM platform.audit_log" + MATCH)) {
                bindQuery(count, q);
                try (ResultSet row = count.executeQuery()) {
                    row.next();
                    return new Page<>(entries, page.page(), page.size(), row.getLong(1));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("The audit log could not be read", e);
        }
    }

    private static int bindQuery(PreparedStatement statement, String q) throws SQLException {
        String pattern = q == null ? null : "%" + q.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
        statement.setString(1, q);
        for (int i = 2; i <= 5; i++) {
            statement.setString(i, pattern);
        }
        return 6;
    }
}
