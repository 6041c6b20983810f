package io.mercato.benchmark;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * The statements one REST order intake runs (OrderIntake.take: idempotency record, risk facts, the order and its lines,
 * three status changes each with timeline, audit and outbox event, the allocation with one warehouse reservation per line,
 * the answer read back), issued directly over JDBC in one transaction: the floor the REST path is measured against.
 */
final class OrderIntakeSql {
    private final ReservationSql reservations = new ReservationSql();

    boolean take(Connection connection, String key, String channelOrder, String phone, String street, String[] skus, String warehouse)
            throws SQLException {
        connection.setAutoCommit(false);
        try {
            update(connection, "INSERT INTO platform.idempotency_key (owner, key, fingerprint, state) VALUES ('bench', ?, 'f', 'in-progress') "
                    + "ON CONFLICT (owner, key) DO NOTHING", key);
            String address = "浙江省杭州市西湖区" + street;
            query(connection, "SELECT version, settings::text FROM delivery.risk_rules ORDER BY version DESC LIMIT 1");
            query(connection, "SELECT count(*) FROM (SELECT 1 FROM delivery.sales_order WHERE phone = ? AND placed_at > now() - interval '1 hour' "
                    + "LIMIT 1000) r", phone);
            query(connection, "SELECT count(*) FROM (SELECT 1 FROM delivery.sales_order WHERE address_key = ? AND placed_at > now() - interval '1 hour' "
                    + "LIMIT 1000) r", address);
            query(connection, "SELECT reason FROM delivery.blacklist WHERE kind = 'PHONE' AND value = ? AND removed_at IS NULL", phone);
            query(connection, "SELECT reason FROM delivery.blacklist WHERE kind = 'ADDRESS' AND value = ? AND removed_at IS NULL", address);
            query(connection, "SELECT s.sku, (SELECT avg(q) FROM (SELECT l.quantity AS q FROM delivery.order_line l WHERE l.sku = s.sku "
                    + "ORDER BY l.order_id DESC LIMIT 500) recent HAVING count(*) >= 5) FROM unnest(ARRAY[?, ?]::text[]) AS s(sku)", skus[0], skus[1]);
            long id = queryLong(connection, "INSERT INTO delivery.sales_order (number, channel, channel_order, status, stock_state, customer_name, "
                    + "phone, province, city, district, street, postcode, address_key, payment_method, payment_reference, buyer_note, goods_total, "
                    + "discount_total, shipping_fee, total, risk_score, risk_decision, risk_version, risk_findings, org_department, created_by) VALUES ("
                    + "'SO-' || lpad(nextval('delivery.order_number')::text, 8, '0'), 'OWN_SITE', ?, 'RECEIVED', 'NONE', '基准客户', ?, '浙江省', '杭州市', "
                    + "'西湖区', ?, '310012', ?, 'PREPAID', 'PAY', NULL, 39.80, 0, 8.00, 47.80, 0, 'ACCEPT', 1, '[]'::jsonb, 'PROC-LOG', 'bench') "
                    + "ON CONFLICT (channel, channel_order) DO NOTHING RETURNING id", channelOrder, phone, street, address);
            update(connection, "INSERT INTO delivery.order_line (order_id, line_no, sku, quantity, unit_price, discount, amount) VALUES "
                    + "(?, 1, ?, 1, 19.90, 0, 19.90), (?, 2, ?, 1, 19.90, 0, 19.90)", id, skus[0], id, skus[1]);
            String number = queryText(connection, "SELECT number FROM delivery.sales_order WHERE id = ?", id);
            for (String status : new String[] {"RECEIVED", "CONFIRMED", "ALLOCATED"}) {
                if (!"RECEIVED".equals(status)) {
                    update(connection, "UPDATE delivery.sales_order SET status = ?, status_reason = NULL, updated_at = now() WHERE id = ?", status, id);
                }
                update(connection, "INSERT INTO delivery.order_event (order_id, kind, from_status, to_status, reason, details, actor) "
                        + "VALUES (?, 'STATUS', NULL, ?, NULL, NULL, 'bench')", id, status);
                update(connection, "INSERT INTO platform.audit_log (actor, action, entity, entity_id, details) "
                        + "VALUES ('bench', 'order.changed', 'sales-order', ?, '{}'::jsonb)", number);
                query(connection, "WITH event AS (INSERT INTO platform.outbox_event (topic, payload, published_by) VALUES (?, ?::jsonb, 'bench') "
                        + "RETURNING id, topic), deliveries AS (INSERT INTO platform.outbox_delivery (subscriber, event_id) SELECT s.subscriber, event.id "
                        + "FROM event JOIN platform.outbox_subscription s ON platform.outbox_topic_taken(s.topics, event.topic)) SELECT id FROM event",
                        "mercato/delivery/order-" + status.toLowerCase(), "{\"order\":\"" + number + "\"}");
                query(connection, "SELECT * FROM delivery.sales_order WHERE id = ?", id);
            }
            update(connection, "UPDATE delivery.sales_order SET stock_state = 'WAITING' WHERE id = ?", id);
            query(connection, "SELECT * FROM delivery.sales_order WHERE number = ? FOR UPDATE", number);
            query(connection, "SELECT * FROM delivery.order_line WHERE order_id = ? ORDER BY line_no", id);
            query(connection, "SELECT code, name, region, address, active FROM warehouse.warehouse WHERE active ORDER BY code");
            for (int line = 0; line < 2; line++) {
                query(connection, "SELECT s.sku, w.code, s.on_hand, s.reserved, s.in_transit FROM warehouse.stock s JOIN warehouse.warehouse w "
                        + "ON w.id = s.warehouse_id WHERE s.sku = ?", skus[line]);
            }
            for (int line = 0; line < 2; line++) {
                String reservation = number + ".L" + (line + 1) + "." + warehouse;
                if (!reservations.reserveInTransaction(connection, reservation, skus[line], warehouse)) {
                    connection.rollback();
                    return false;
                }
                update(connection, "INSERT INTO delivery.allocation (reservation_key, order_id, line_no, sku, warehouse_code, quantity) "
                        + "VALUES (?, ?, ?, ?, ?, 1)", reservation, id, line + 1, skus[line], warehouse);
            }
            update(connection, "UPDATE delivery.sales_order SET stock_state = 'RESERVED' WHERE id = ?", id);
            query(connection, "SELECT * FROM delivery.sales_order WHERE id = ?", id);
            query(connection, "SELECT * FROM delivery.order_line WHERE order_id = ?", id);
            query(connection, "SELECT * FROM delivery.allocation WHERE order_id = ?", id);
            query(connection, "SELECT * FROM delivery.order_event WHERE order_id = ? ORDER BY id", id);
            update(connection, "UPDATE platform.idempotency_key SET state = 'completed', status = 201, content_type = 'application/json', "
                    + "body = ? WHERE owner = 'bench' AND key = ?", "{\"number\":\"" + number + "\"}", key);
            connection.commit();
            return true;
        } catch (SQLException e) {
            connection.rollback();
            throw e;
        }
    }

    private static PreparedStatement prepared(Connection connection, String sql, Object... parameters) throws SQLException {
        PreparedStatement statement = connection.prepareStatement(sql);
        for (int i = 0; i < parameters.length; i++) {
            statement.setObject(i + 1, parameters[i]);
        }
        return statement;
    }

    private static void update(Connection connection, String sql, Object... parameters) throws SQLException {
        try (PreparedStatement statement = prepared(connection, sql, parameters)) {
            statement.executeUpdate();
        }
    }

    private static void query(Connection connection, String sql, Object... parameters) throws SQLException {
        try (PreparedStatement statement = prepared(connection, sql, parameters); ResultSet rows = statement.executeQuery()) {
            while (rows.next()) {
                rows.getObject(1);
            }
        }
    }

    private static long queryLong(Connection connection, String sql, Object... parameters) throws SQLException {
        try (PreparedStatement statement = prepared(connection, sql, parameters); ResultSet row = statement.executeQuery()) {
            row.next();
            return row.getLong(1);
        }
    }

    private static String queryText(Connection connection, String sql, Object... parameters) throws SQLException {
        try (PreparedStatement statement = prepared(connection, sql, parameters); ResultSet row = statement.executeQuery()) {
            row.next();
            return row.getString(1);
        }
    }
}
