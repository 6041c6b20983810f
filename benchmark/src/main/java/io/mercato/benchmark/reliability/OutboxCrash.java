package io.mercato.benchmark.reliability;

import io.mercato.benchmark.MercatoProcess;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

/**
 * kill -9 of Karaf and PostgreSQL while the outbox delivers a backlog: receipts recorded while the warehouse department
 * was uninstalled wait in the outbox; the warehouse is installed again, and as their stock is being posted Karaf and
 * PostgreSQL are killed. After bin/start every receipt must be posted exactly once: one stock movement each.
 */
final class OutboxCrash {
    private static final int RECEIPTS = 50;
    private final MercatoProcess mercato;
    private final Http http;
    private final JmxFeatures features;

    OutboxCrash(MercatoProcess mercato, Http http, JmxFeatures features) {
        this.mercato = mercato;
        this.http = http;
        this.features = features;
    }

    List<Check> run(String admin) throws Exception {
        require(http.json("POST", "procurement/suppliers", "{\"code\":\"REL-SUP\",\"name\":\"可靠性供应商\",\"paymentTerms\":\"NET30\"}", admin), 201);
        StringBuilder lines = new StringBuilder();
        for (int i = 0; i < RECEIPTS; i++) {
            lines.append(i == 0 ? "" : ",").append("{\"sku\":\"REL-OB-").append(i).append("\",\"quantity\":10,\"unitPrice\":1}");
        }
        String order = require(http.json("POST", "procurement/purchase-orders", "{\"supplier\":\"REL-SUP\",\"warehouseCode\":\""
                + ReceiptLoad.WAREHOUSE + "\",\"expectedOn\":\"" + LocalDate.now().plusDays(3) + "\",\"lines\":[" + lines + "]}", admin), 201)
                .json().get("number").asText();
        require(http.json("POST", "procurement/purchase-orders/" + order + "/submit", null, admin), 200);
        require(http.json("POST", "procurement/purchase-orders/" + order + "/send", null, admin), 200);

        features.uninstall("mercato-warehouse");
        CrashUnderLoad.waitFor(() -> http.json("GET", "warehouse/warehouses", null, admin).status() == 404, Duration.ofSeconds(60));
        for (int i = 1; i <= RECEIPTS; i++) {
            require(http.json("POST", "procurement/purchase-orders/" + order + "/receipts", "{\"lines\":[{\"line\":" + i
                    + ",\"received\":10}]}", admin), 201);
        }
        features.install("mercato-warehouse");
        // Kill as soon as the first postings are through: the rest of the backlog is then in flight or waiting.
        CrashUnderLoad.waitFor(() -> posted(order) > 0, Duration.ofSeconds(60));
        long before = posted(order);
        List<ProcessHandle> database = mercato.databaseProcesses();
        mercato.killKaraf();
        database.forEach(ProcessHandle::destroyForcibly);
        mercato.startAgain();
        String token = http.token("admin", mercato.adminPassword());
        CrashUnderLoad.waitFor(() -> posted(order) == RECEIPTS, Duration.ofSeconds(120));
        long movements = count("SELECT count(*) FROM warehouse.movement WHERE reference LIKE ?", order + "/R%");
        long distinct = count("SELECT count(DISTINCT reference) FROM warehouse.movement WHERE reference LIKE ?", order + "/R%");
        long onHand = count("SELECT COALESCE(sum(s.on_hand), 0) FROM warehouse.stock s WHERE s.sku LIKE ?", "REL-OB-%");
        boolean clean = movements == RECEIPTS && distinct == RECEIPTS && onHand == RECEIPTS * 10L;
        http.json("GET", "session", null, token);
        return List.of(Check.of("kill -9 of Karaf and PostgreSQL while the outbox posts a backlog of receipts",
                before + " of " + RECEIPTS + " posted at the kill; afterwards " + movements + " stock movements for " + distinct
                        + " receipts, " + onHand + " units on hand", RECEIPTS + " receipts posted exactly once (" + RECEIPTS * 10 + " units)", clean));
    }

    private long posted(String order) {
        try {
            return count("SELECT count(*) FROM procurement.receipt r JOIN procurement.purchase_order o ON o.id = r.purchase_order_id "
                    + "WHERE o.number = ? AND r.stock_posted_at IS NOT NULL", order);
        } catch (Exception databaseAway) {
            return -1;
        }
    }

    private long count(String sql, String parameter) throws Exception {
        try (Connection connection = mercato.openDatabaseConnection(); PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setString(1, parameter);
            try (ResultSet row = statement.executeQuery()) {
                row.next();
                return row.getLong(1);
            }
        }
    }

    private static Http.Answer require(Http.Answer answer, int status) {
        if (answer.status() != status) {
            throw new IllegalStateException("Outbox crash set-up failed: " + answer.status() + " " + answer.body());
        }
        return answer;
    }
}
