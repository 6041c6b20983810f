package io.mercato.warehouse.impl.persistence;

import java.util.List;
import org.apache.ibatis.annotations.Insert;
import org.apache.ibatis.annotations.Options;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.ResultType;
import org.apache.ibatis.annotations.Select;
import org.apache.ibatis.annotations.Update;
import org.apache.ibatis.mapping.ResultSetType;
import org.apache.ibatis.session.ResultHandler;

/**
 * Stock changes are single conditional UPDATEs: PostgreSQL re-checks the WHERE clause on the newest row
 * version after waiting for a concurrent writer, so two requests can never both take the last unit.
 */
public interface StockMapper {
    String LEVEL = "s.warehouse_id, s.sku, w.code AS warehouse_code, s.on_hand, s.reserved, s.in_transit";
    String LEVEL_FROM = " FROM warehouse.stock s JOIN warehouse.warehouse w ON w.id = s.warehouse_id ";
    /**
     * Contains-search on the SKU ({@code pattern} is escaped) through the trigram index of the SKU codes, and the
     * warehouse.
     */
    String FILTER = "<where><if test='pattern != null'>s.sku IN (SELECT k.sku FROM warehouse.sku k WHERE k.sku ILIKE #{pattern})</if>"
            + "<if test='warehouse != null'> AND w.code = #{warehouse}</if></where>";
    String MOVEMENT_FILTER = "<where><if test='sku != null'>m.sku = #{sku}</if>"
            + "<if test='warehouse != null'> AND w.code = #{warehouse}</if></where>";
    /** Streams in chunks of this many rows: memory stays flat however many rows there are. */
    int STREAM_FETCH_SIZE = 2000;

    /** Creates the stock row at zero if it is new (and records a new SKU for searching); nothing if it exists. */
    @Insert("WITH added AS (INSERT INTO warehouse.stock (sku, warehouse_id) VALUES (#{sku}, #{warehouseId}) ON CONFLICT DO NOTHING "
            + "RETURNING sku) INSERT INTO warehouse.sku (sku) SELECT sku FROM added ON CONFLICT DO NOTHING")
    void ensureRow(@Param("sku") String sku, @Param("warehouseId") long warehouseId);

    /** Applies the deltas if the result stays valid; returns null (and changes nothing) otherwise. */
    @Select("UPDATE warehouse.stock s SET on_hand = s.on_hand + #{onHand}, reserved = s.reserved + #{reserved}, "
            + "in_transit = s.in_transit + #{inTransit} "
            + "FROM warehouse.warehouse w WHERE w.id = s.warehouse_id AND s.sku = #{sku} AND s.warehouse_id = #{warehouseId} "
            + "AND s.on_hand + #{onHand} >= 0 AND s.reserved + #{reserved} >= 0 AND s.in_transit + #{inTransit} >= 0 "
            + "AND s.on_hand + #{onHand} >= s.reserved + #{reserved} "
            + "RETURNING " + LEVEL)
    @Options(flushCache = Options.FlushCachePolicy.TRUE, useCache = false)
    StockRow apply(@Param("sku") String sku, @Param("warehouseId") long warehouseId, @Param("onHand") int onHand,
                   @Param("reserved") int reserved, @Param("inTransit") int inTransit);

    @Insert("INSERT INTO warehouse.movement (actor, sku, warehouse_id, kind, on_hand_delta, reserved_delta, in_transit_delta, "
            + "reason, reference) VALUES (#{actor}, #{sku}, #{warehouseId}, #{kind}, #{onHand}, #{reserved}, #{inTransit}, "
            + "#{reason}, #{reference})")
    void record(@Param("actor") String actor, @Param("sku") String sku, @Param("warehouseId") long warehouseId,
                @Param("kind") String kind, @Param("onHand") int onHand, @Param("reserved") int reserved,
                @Param("inTransit") int inTransit, @Param("reason") String reason, @Param("reference") String reference);

    @Select("SELECT " + LEVEL + " FROM warehouse.stock s JOIN warehouse.warehouse w ON w.id = s.warehouse_id "
            + "WHERE s.sku = #{sku} AND w.code = #{warehouse}")
    StockRow find(@Param("sku") String sku, @Param("warehouse") String warehouseCode);

    @Select("SELECT " + LEVEL + " FROM warehouse.stock s JOIN warehouse.warehouse w ON w.id = s.warehouse_id "
            + "WHERE s.sku = #{sku} ORDER BY w.code")
    List<StockRow> acrossWarehouses(@Param("sku") String sku);

    /** Available units per SKU over all warehouses, for the SKUs (a JSON array) that have stock rows. */
    @Select("SELECT s.sku, sum(s.on_hand - s.reserved)::int AS available FROM warehouse.stock s "
            + "WHERE s.sku IN (SELECT jsonb_array_elements_text(#{skus}::jsonb)) GROUP BY s.sku")
    List<SkuAvailableRow> available(@Param("skus") String skusJson);

    /** One page in (sku, warehouse id) order, the primary key's: from the start or after a cursor's row. */
    @Select("<script>SELECT " + LEVEL + LEVEL_FROM + FILTER
            + "<if test='afterSku != null'> AND (s.sku, s.warehouse_id) &gt; (#{afterSku}, #{afterWarehouseId})</if>"
            + " ORDER BY s.sku, s.warehouse_id LIMIT #{limit} OFFSET #{offset}</script>")
    List<StockRow> search(@Param("pattern") String pattern, @Param("warehouse") String warehouse,
                          @Param("afterSku") String afterSku, @Param("afterWarehouseId") Long afterWarehouseId,
                          @Param("limit") int limit, @Param("offset") int offset);

    /** How many rows match, counting no further than {@code limit}. */
    @Select("<script>SELECT count(*) FROM (SELECT 1" + LEVEL_FROM + FILTER + " LIMIT #{limit}) matching</script>")
    long count(@Param("pattern") String pattern, @Param("warehouse") String warehouse, @Param("limit") int limit);

    /** Every matching row in the order of the list, streamed to the handler. */
    @Select("<script>SELECT " + LEVEL + LEVEL_FROM + FILTER + " ORDER BY s.sku, s.warehouse_id</script>")
    @Options(fetchSize = STREAM_FETCH_SIZE, resultSetType = ResultSetType.FORWARD_ONLY)
    @ResultType(StockRow.class)
    void export(@Param("pattern") String pattern, @Param("warehouse") String warehouse, ResultHandler<StockRow> rows);

    @Select("SELECT count(*) FROM warehouse.movement WHERE sku = #{sku} AND warehouse_id = #{warehouseId}")
    long movementCount(@Param("sku") String sku, @Param("warehouseId") long warehouseId);

    /** Newest first, paged by id: from the newest or below a cursor's id. */
    @Select("<script>SELECT m.id, m.at, m.actor, m.sku, w.code AS warehouse_code, m.kind, m.on_hand_delta, m.reserved_delta, "
            + "m.in_transit_delta, m.reason, m.reference FROM warehouse.movement m JOIN warehouse.warehouse w ON w.id = m.warehouse_id "
            + MOVEMENT_FILTER + "<if test='beforeId != null'> AND m.id &lt; #{beforeId}</if>"
            + " ORDER BY m.id DESC LIMIT #{limit} OFFSET #{offset}</script>")
    List<MovementRow> movements(@Param("sku") String sku, @Param("warehouse") String warehouse, @Param("beforeId") Long beforeId,
                                @Param("limit") int limit, @Param("offset") int offset);

    @Select("<script>SELECT count(*) FROM (SELECT 1 FROM warehouse.movement m JOIN warehouse.warehouse w ON w.id = m.warehouse_id "
            + MOVEMENT_FILTER + " LIMIT #{limit}) matching</script>")
    long movementTotal(@Param("sku") String sku, @Param("warehouse") String warehouse, @Param("limit") int limit);

    /**
     * Stock, in-transit and units sold per SKU and active warehouse, for the rebalancing planner, streamed in SKU
     * order — only for SKUs where some warehouse may run short (sold in the window, cover below
     * {@code shortBelowDays}; the planner decides exactly), optionally only where {@code toWarehouse} runs short.
     * Sales are summed once in a set (an index serves the window), not per stock row.
     */
    @Select("<script>WITH sales AS MATERIALIZED (SELECT m.sku, m.warehouse_id, -sum(m.on_hand_delta) AS sold "
            + "FROM warehouse.movement m WHERE m.kind IN ('ISSUE', 'COMMIT') AND m.at &gt; now() - make_interval(days => #{days}) "
            + "GROUP BY m.sku, m.warehouse_id), "
            // A superset of the SKUs that need stock (inactive warehouses included): the planner decides. Issues and
            // commits take stock out, so every row of sales sold something; saying so (sold > 0) would only mislead
            // PostgreSQL's estimate into a slower plan.
            + "short AS (SELECT DISTINCT sales.sku FROM sales JOIN warehouse.stock s ON s.sku = sales.sku AND s.warehouse_id = sales.warehouse_id "
            + "WHERE (s.on_hand - s.reserved + s.in_transit)::bigint * #{days} &lt;= sales.sold * #{shortBelowDays}"
            + "<if test='toWarehouse != null'> AND s.warehouse_id = (SELECT id FROM warehouse.warehouse WHERE code = #{toWarehouse})</if>) "
            + "SELECT s.sku, w.code AS warehouse_code, w.region, s.on_hand - s.reserved AS available, s.in_transit, "
            + "COALESCE(sales.sold, 0) AS sold FROM short JOIN warehouse.stock s ON s.sku = short.sku "
            + "JOIN warehouse.warehouse w ON w.id = s.warehouse_id AND w.active "
            + "LEFT JOIN sales ON sales.sku = s.sku AND sales.warehouse_id = s.warehouse_id ORDER BY s.sku, w.code</script>")
    @Options(fetchSize = STREAM_FETCH_SIZE, resultSetType = ResultSetType.FORWARD_ONLY)
    @ResultType(SalesPositionRow.class)
    void salesPositions(@Param("days") int days, @Param("shortBelowDays") int shortBelowDays,
                        @Param("toWarehouse") String toWarehouse, ResultHandler<SalesPositionRow> positions);

    /** Room for the planner's hash of a month of sales and the stock it is matched with, in this transaction only. */
    @Update("SET LOCAL work_mem = '256MB'")
    void allowLargeHashes();

    /** Stock receipts whose reference names a purchase order's receipt (PO-000001/R7): procurement's documents. */
    @Select("SELECT count(*) FROM warehouse.movement WHERE kind = 'RECEIPT' AND reference LIKE 'PO-%/R%'")
    long receiptsNamingPurchaseOrders();
}
