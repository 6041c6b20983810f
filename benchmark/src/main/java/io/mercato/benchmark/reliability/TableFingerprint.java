package io.mercato.benchmark.reliability;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Row count and a checksum of every table in the given schemas: taken before and after a run of refused requests,
 * equal fingerprints prove nothing was half-applied.
 */
final class TableFingerprint {
    private TableFingerprint() {
    }

    /** Fingerprints of every table of the schemas but the {@code excluded} ones ({@code schema.table}). */
    static Map<String, String> of(Connection connection, List<String> schemas, java.util.Set<String> excluded) throws SQLException {
        List<String> tables = new ArrayList<>();
        try (Statement statement = connection.createStatement();
             ResultSet row = statement.executeQuery("SELECT table_schema || '.' || table_name FROM information_schema.tables "
                     + "WHERE table_type = 'BASE TABLE' AND table_name <> 'schema_history' AND table_schema IN ('"
                     + String.join("','", schemas) + "') ORDER BY 1")) {
            while (row.next()) {
                if (!excluded.contains(row.getString(1))) {
                    tables.add(row.getString(1));
                }
            }
        }
        Map<String, String> fingerprint = new TreeMap<>();
        for (String table : tables) {
            try (Statement statement = connection.createStatement();
                 ResultSet row = statement.executeQuery("SELECT count(*) || ':' || coalesce(md5(string_agg(t::text, '|' ORDER BY t::text)), '') "
                         + "FROM " + table + " t")) {
                row.next();
                fingerprint.put(table, row.getString(1));
            }
        }
        return fingerprint;
    }
}
