package io.mercato.siteops.impl.analysis;

import io.mercato.platform.api.persistence.TransactionContext;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;
import org.osgi.service.component.annotations.Component;

/**
 * Writes a run's classes and actions in a few statements over arrays (unnest) rather than one statement per product: the
 * classification of 10,000 products stays well inside its time budget.
 */
@Component(service = ClassificationStore.class)
public class ClassificationStore {
    private static final String CLASSES = "INSERT INTO siteops.product_class (product_id, class, reason_en, reason_zh, recent_units, previous_units, "
            + "velocity, trend_percent, stock, cover_days, revenue, margin_percent, run_id) "
            + "SELECT u.*, ? FROM unnest(?::bigint[], ?::text[], ?::text[], ?::text[], ?::int[], ?::int[], ?::numeric[], ?::numeric[], ?::int[], "
            + "?::numeric[], ?::numeric[], ?::numeric[]) AS u "
            + "ON CONFLICT (product_id) DO UPDATE SET class = EXCLUDED.class, reason_en = EXCLUDED.reason_en, reason_zh = EXCLUDED.reason_zh, "
            + "recent_units = EXCLUDED.recent_units, previous_units = EXCLUDED.previous_units, velocity = EXCLUDED.velocity, "
            + "trend_percent = EXCLUDED.trend_percent, stock = EXCLUDED.stock, cover_days = EXCLUDED.cover_days, revenue = EXCLUDED.revenue, "
            + "margin_percent = EXCLUDED.margin_percent, run_id = EXCLUDED.run_id "
            // A product whose figures did not change is not written again (the long tail that sold nothing since yesterday).
            + "WHERE (product_class.class, product_class.reason_en, product_class.recent_units, product_class.previous_units, "
            + "product_class.stock, product_class.revenue, product_class.margin_percent) IS DISTINCT FROM (EXCLUDED.class, EXCLUDED.reason_en, "
            + "EXCLUDED.recent_units, EXCLUDED.previous_units, EXCLUDED.stock, EXCLUDED.revenue, EXCLUDED.margin_percent)";
    /** Open actions whose product's class no longer suggests them are outdated (proposals already with procurement stay). */
    private static final String OUTDATE = "UPDATE siteops.suggested_action a SET status = 'OUTDATED', updated_by = 'classification', updated_at = now() "
            + "FROM siteops.product_class c, unnest(?::text[], ?::text[]) AS suggests(class, kind) "
            + "WHERE c.product_id = a.product_id AND a.status = 'OPEN' AND suggests.class = c.class AND a.kind <> suggests.kind";
    private static final String ACTIONS = "INSERT INTO siteops.suggested_action (product_id, kind, status, detail, sku, quantity, run_id) "
            + "SELECT u.product_id, u.kind, 'OPEN', u.detail, u.sku, u.quantity, ? FROM unnest(?::bigint[], ?::text[], ?::text[], ?::text[], ?::int[]) "
            + "AS u(product_id, kind, detail, sku, quantity) "
            + "ON CONFLICT (product_id, kind, coalesce(sku, '')) WHERE status IN ('OPEN', 'PROPOSED') DO NOTHING";

    void classes(TransactionContext tx, long runId, List<Classification.ProductOutcome> outcomes) {
        Connection connection = tx.connection();
        int n = outcomes.size();
        Object[][] columns = new Object[12][n];
        for (int i = 0; i < n; i++) {
            Classification.ProductOutcome o = outcomes.get(i);
            columns[0][i] = o.productId();
            columns[1][i] = o.outcome().productClass().name();
            columns[2][i] = o.outcome().reasonEn();
            columns[3][i] = o.outcome().reasonZh();
            columns[4][i] = o.figures().recentUnits();
            columns[5][i] = o.figures().previousUnits();
            columns[6][i] = o.outcome().velocity();
            columns[7][i] = o.outcome().trendPercent();
            columns[8][i] = o.figures().stock();
            columns[9][i] = o.outcome().coverDays();
            columns[10][i] = o.revenue();
            columns[11][i] = o.marginPercent();
        }
        String[] types = {"int8", "text", "text", "text", "int4", "int4", "numeric", "numeric", "int4", "numeric", "numeric", "numeric"};
        try (PreparedStatement insert = connection.prepareStatement(CLASSES);
             PreparedStatement stale = connection.prepareStatement("DELETE FROM siteops.product_class WHERE product_id NOT IN (SELECT unnest(?::bigint[]))")) {
            insert.setLong(1, runId);
            bindColumns(insert, 2, types, columns);
            insert.executeUpdate();
            stale.setArray(1, array(connection, "int8", columns[0]));
            stale.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("storing the classification failed: " + e.getMessage(), e);
        }
    }

    int actions(TransactionContext tx, long runId, List<SuggestedActions.Suggestion> suggestions) {
        Connection connection = tx.connection();
        int n = suggestions.size();
        Object[][] columns = new Object[5][n];
        for (int i = 0; i < n; i++) {
            SuggestedActions.Suggestion s = suggestions.get(i);
            columns[0][i] = s.productId();
            columns[1][i] = s.kind();
            columns[2][i] = s.detail();
            columns[3][i] = s.sku();
            columns[4][i] = s.quantity();
        }
        String[] types = {"int8", "text", "text", "text", "int4"};
        try (PreparedStatement outdate = connection.prepareStatement(OUTDATE); PreparedStatement insert = connection.prepareStatement(ACTIONS)) {
            // Which class suggests which action is SuggestedActions' to say, not written again here.
            Object[] classes = SuggestedActions.KIND_OF_CLASS.keySet().stream().map(Enum::name).toArray();
            outdate.setArray(1, array(connection, "text", classes));
            outdate.setArray(2, array(connection, "text", SuggestedActions.KIND_OF_CLASS.values().toArray()));
            outdate.executeUpdate();
            insert.setLong(1, runId);
            bindColumns(insert, 2, types, columns);
            return insert.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("storing the suggested actions failed: " + e.getMessage(), e);
        }
    }

    /** Binds each column as an array parameter, from {@code first} on, for the statement's unnest. */
    private static void bindColumns(PreparedStatement statement, int first, String[] types, Object[][] columns) throws SQLException {
        for (int c = 0; c < columns.length; c++) {
            statement.setArray(first + c, array(statement.getConnection(), types[c], columns[c]));
        }
    }

    private static Array array(Connection connection, String type, Object[] values) throws SQLException {
        return connection.createArrayOf(type, values);
    }
}
