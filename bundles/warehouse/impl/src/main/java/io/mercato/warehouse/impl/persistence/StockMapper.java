package io.mercato.warehouse.impl.persistence;

import java.util.List;
import org.apache.ibatis.annotations.Insert;
import org.apache.ibatis.annotations.Options;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;

/**
 * Stock changes are single conditional UPDATEs: PostgreSQL re-checks the WHERE clause on the newest row
 * version after waiting for a concurrent writer, so two requests can never both take the last unit.
 */
public interface StockMapper {
    String LEVEL = "s.sku, w.code AS warehouse_code, s.on_hand, s.reserved, s.in_transit";
    String FILTER = "<where><if test='q != null'>s.sku ILIKE '%' || #{q} || '%'</if>"
            + "<if test='warehouse != null'> AND w.code = #{warehouse}</if></where>";

    @Insert("INSERT INTO warehouse.stock (sku, warehouse_id) VALUES (#{sku}, #{warehouseId}) ON CONFLICT DO NOTHING")
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

    @Select("<script>SELECT " + LEVEL + " FROM warehouse.stock s JOIN warehouse.warehouse w ON w.id = s.warehouse_id "
            + FILTER + " ORDER BY s.sku, w.code LIMIT #{limit} OFFSET #{offset}</script>")
    List<StockRow> search(@Param("q") String q, @Param("warehouse") String warehouse,
                          @Param("limit") int limit, @Param("offset") int offset);

    @Select("<script>SELECT count(*) FROM warehouse.stock s JOIN warehouse.warehouse w ON w.id = s.warehouse_id "
            + FILTER + "</script>")
    long count(@Param("q") String q, @Param("warehouse") String warehouse);

    @Select("SELECT count(*) FROM warehouse.movement WHERE sku = #{sku} AND warehouse_id = #{warehouseId}")
    long movementCount(@Param("sku") String sku, @Param("warehouseId") long warehouseId);

    @Select("<script>SELECT m.id, m.at, m.actor, m.sku, w.code AS warehouse_code, m.kind, m.on_hand_delta, m.reserved_delta, "
            + "m.in_transit_delta, m.reason, m.reference FROM warehouse.movement m JOIN warehouse.warehouse w ON w.id = m.warehouse_id "
            + "<where><if test='sku != null'>m.sku = #{sku}</if><if test='warehouse != null'> AND w.code = #{warehouse}</if></where> "
            + "ORDER BY m.id DESC LIMIT #{limit} OFFSET #{offset}</script>")
    List<MovementRow> movements(@Param("sku") String sku, @Param("warehouse") String warehouse,
                                @Param("limit") int limit, @Param("offset") int offset);

    @Select("<script>SELECT count(*) FROM warehouse.movement m JOIN warehouse.warehouse w ON w.id = m.warehouse_id "
            + "<where><if test='sku != null'>m.sku = #{sku}</if><if test='warehouse != null'> AND w.code = #{warehouse}</if></where></script>")
    long movementTotal(@Param("sku") String sku, @Param("warehouse") String warehouse);

    /** Stock, in-transit and units sold per SKU and active warehouse, for the rebalancing planner. */
    @Select("SELECT s.sku, w.code AS warehouse_code, w.region, s.on_hand - s.reserved AS available, s.in_transit, "
            + "COALESCE((SELECT -sum(m.on_hand_delta) FROM warehouse.movement m WHERE m.sku = s.sku "
            + "AND m.warehouse_id = s.warehouse_id AND m.kind IN ('ISSUE', 'COMMIT') "
            + "AND m.at > now() - make_interval(days => #{days})), 0) AS sold "
            + "FROM warehouse.stock s JOIN warehouse.warehouse w ON w.id = s.warehouse_id WHERE w.active ORDER BY s.sku, w.code")
    List<SalesPositionRow> salesPositions(@Param("days") int days);
}
