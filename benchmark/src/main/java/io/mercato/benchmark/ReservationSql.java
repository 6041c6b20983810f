package io.mercato.benchmark;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * The statements one REST reservation runs (see StockServiceImpl.reserve), issued directly over JDBC: the warehouse,
 * the reservation (its key unique; the creation time returned), the stock row changed only if enough is available, the
 * movement, the audit row, and the commit.
 */
final class ReservationSql {
    boolean reserve(Connection connection, String key, String sku, String warehouseCode) throws SQLException {
        connection.setAutoCommit(false);
        try {
            if (!reserveInTransaction(connection, key, sku, warehouseCode)) {
                connection.rollback();
                return false;
            }
            connection.commit();
            return true;
        } catch (SQLException e) {
            connection.rollback();
            throw e;
        }
    }

    /** The reservation's statements inside the caller's transaction; false when the stock is short. */
    boolean reserveInTransaction(Connection connection, String key, String sku, String warehouseCode) throws SQLException {
        long warehouseId = warehouseId(connection, warehouseCode);
        String createdAt;
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO warehouse.reservation (key, sku, warehouse_id, "
                + "quantity, status, order_ref, created_by) VALUES (?, ?, ?, 1, 'RESERVED', NULL, 'bench') ON CONFLICT (key) DO NOTHING "
                + "RETURNING created_at")) {
            insert.setString(1, key);
            insert.setString(2, sku);
            insert.setLong(3, warehouseId);
            try (ResultSet created = insert.executeQuery()) {
                created.next();
                createdAt = created.getString(1);
            }
        }
        try (PreparedStatement statement = connection.prepareStatement("UPDATE warehouse.stock s SET on_hand = s.on_hand + 0, "
                + "reserved = s.reserved + 1, in_transit = s.in_transit + 0 FROM warehouse.warehouse w WHERE w.id = s.warehouse_id "
                + "AND s.sku = ? AND s.warehouse_id = ? AND s.on_hand + 0 >= 0 AND s.reserved + 1 >= 0 AND s.in_transit >= 0 "
                + "AND s.on_hand >= s.reserved + 1 RETURNING s.sku, w.code, s.on_hand, s.reserved, s.in_transit")) {
            statement.setString(1, sku);
            statement.setLong(2, warehouseId);
            try (ResultSet row = statement.executeQuery()) {
                if (!row.next()) {
                    return false;
                }
            }
        }
        update(connection, "INSERT INTO warehouse.movement (actor, sku, warehouse_id, kind, on_hand_delta, reserved_delta, "
                + "in_transit_delta, reason, reference) VALUES ('bench', ?, ?, 'RESERVE', 0, 1, 0, NULL, ?)", sku, warehouseId, key);
        // The same details the platform writes: the reservation as created.
        update(connection, "INSERT INTO platform.audit_log (actor, action, entity, entity_id, details) "
                + "VALUES ('bench', 'reservation.created', 'reservation', ?, ?::jsonb)", key, "{\"key\":\"" + key + "\",\"sku\":\"" + sku
                + "\",\"warehouseCode\":\"" + warehouseCode + "\",\"quantity\":1,\"status\":\"RESERVED\",\"orderRef\":null,"
                + "\"createdAt\":\"" + createdAt + "\"}");
        return true;
    }

    private static long warehouseId(Connection connection, String code) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT id, code, name, region, address, active FROM warehouse.warehouse WHERE code = ?")) {
            select.setString(1, code);
            try (ResultSet row = select.executeQuery()) {
                row.next();
                return row.getLong(1);
            }
        }
    }

    private static void update(Connection connection, String sql, Object... parameters) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            statement.executeUpdate();
        }
    }
}
