package io.mercato.benchmark.reliability;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/** Looks for every acknowledged receipt in the ledger: none missing, none twice, and stock equal to the ledger. */
final class LedgerAudit {
    static final String LEDGER_MISMATCHES = "SELECT count(*) FROM warehouse.stock s LEFT JOIN ("
            + "SELECT sku, warehouse_id, sum(on_hand_delta) AS on_hand, sum(reserved_delta) AS reserved, "
            + "sum(in_transit_delta) AS in_transit FROM warehouse.movement GROUP BY sku, warehouse_id) m "
            + "USING (sku, warehouse_id) WHERE (s.on_hand, s.reserved, s.in_transit) "
            + "IS DISTINCT FROM (COALESCE(m.on_hand, 0), COALESCE(m.reserved, 0), COALESCE(m.in_transit, 0))";

    record Findings(int acknowledged, int lost, int doubled, int ledgerMismatches) {
        boolean clean() {
            return lost == 0 && doubled == 0 && ledgerMismatches == 0;
        }

        String describe() {
            return acknowledged + " acknowledged, " + lost + " lost, " + doubled + " doubled, " + ledgerMismatches
                    + " stock rows off the ledger";
        }
    }

    static Findings check(Connection connection, String run, Set<String> acknowledged) throws Exception {
        Map<String, Integer> recorded = new HashMap<>();
        try (PreparedStatement query = connection.prepareStatement(
                "SELECT reference, count(*) FROM warehouse.movement WHERE kind = 'RECEIPT' AND reference LIKE ? GROUP BY reference")) {
            query.setString(1, run + "-%");
            try (ResultSet row = query.executeQuery()) {
                while (row.next()) {
                    recorded.put(row.getString(1), row.getInt(2));
                }
            }
        }
        int lost = (int) acknowledged.stream().filter(key -> !recorded.containsKey(key)).count();
        int doubled = (int) recorded.values().stream().filter(count -> count > 1).count();
        try (Statement statement = connection.createStatement(); ResultSet row = statement.executeQuery(LEDGER_MISMATCHES)) {
            row.next();
            return new Findings(acknowledged.size(), lost, doubled, row.getInt(1));
        }
    }
}
