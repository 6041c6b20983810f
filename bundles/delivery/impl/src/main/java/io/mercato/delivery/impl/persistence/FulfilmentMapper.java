package io.mercato.delivery.impl.persistence;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.apache.ibatis.annotations.Insert;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;
import org.apache.ibatis.annotations.Update;

/** Pick lists, shipments and the delivery events of shipments. */
public interface FulfilmentMapper {
    String SHIPMENT = "s.id, s.number, s.order_id, o.number AS order_number, s.warehouse_code, p.number AS pick_list, s.status, s.box_size, "
            + "s.weight_kg, s.courier_code, s.tracking_number, s.promised_by, s.stock_issued, s.shipped_at, s.delivered_at "
            + "FROM delivery.shipment s JOIN delivery.sales_order o ON o.id = s.order_id JOIN delivery.pick_list p ON p.id = s.pick_list_id";

    /**
     * Orders with stock reserved in the warehouse and nothing picked there yet, oldest first, locked for this pick list;
     * orders another pick list (or a status change) holds at this moment are skipped. The lock is {@code NO KEY UPDATE}:
     * a transaction that only writes rows referring to the order (a timeline entry, the outbox following a shipment) takes
     * a key-share lock, which {@code FOR UPDATE} would collide with and skip the order for.
     */
    @Select("SELECT o.id FROM delivery.sales_order o WHERE o.status IN ('ALLOCATED', 'PICKING', 'PACKED') AND EXISTS (SELECT 1 FROM "
            + "delivery.allocation a WHERE a.order_id = o.id AND a.warehouse_code = #{warehouse} AND a.status = 'RESERVED') AND NOT EXISTS "
            + "(SELECT 1 FROM delivery.shipment s WHERE s.order_id = o.id AND s.warehouse_code = #{warehouse}) "
            + "ORDER BY o.id LIMIT #{limit} FOR NO KEY UPDATE OF o SKIP LOCKED")
    List<Long> readyToPick(@Param("warehouse") String warehouse, @Param("limit") int limit);

    @Select("INSERT INTO delivery.pick_list (number, warehouse_code, created_by) VALUES ('PL-' || lpad(nextval('delivery.pick_list_number')::text, 7, '0'), "
            + "#{warehouse}, #{createdBy}) RETURNING number")
    String insertPickList(@Param("warehouse") String warehouse, @Param("createdBy") String createdBy);

    /** 1, or 0 when another pick list took the order in this warehouse a moment ago. */
    @Insert("INSERT INTO delivery.shipment (number, order_id, warehouse_code, pick_list_id, status) SELECT o.number || '-' || #{warehouse}, "
            + "o.id, #{warehouse}, #{pickList}, 'PICKING' FROM delivery.sales_order o WHERE o.id = #{orderId} ON CONFLICT DO NOTHING")
    int insertShipment(@Param("orderId") long orderId, @Param("warehouse") String warehouse, @Param("pickList") long pickList);

    @Select("SELECT p.id, p.number, p.warehouse_code, (SELECT count(*) FROM delivery.shipment s WHERE s.pick_list_id = p.id) AS shipments, "
            + "(SELECT count(*) FROM delivery.shipment s WHERE s.pick_list_id = p.id AND s.status = 'PICKING') AS open, p.created_by, p.created_at "
            + "FROM delivery.pick_list p WHERE p.number = #{number}")
    PickListRow pickList(@Param("number") String number);

    @Select("<script>SELECT p.id, p.number, p.warehouse_code, (SELECT count(*) FROM delivery.shipment s WHERE s.pick_list_id = p.id) AS shipments, "
            + "(SELECT count(*) FROM delivery.shipment s WHERE s.pick_list_id = p.id AND s.status = 'PICKING') AS open, p.created_by, p.created_at "
            + "FROM delivery.pick_list p<where><if test='warehouse != null'>p.warehouse_code = #{warehouse}</if>"
            + "<if test='beforeId != null'> AND p.id &lt; #{beforeId}</if></where> ORDER BY p.id DESC LIMIT #{limit} OFFSET #{offset}</script>")
    List<PickListRow> pickLists(@Param("warehouse") String warehouse, @Param("beforeId") Long beforeId, @Param("limit") int limit,
                                @Param("offset") int offset);

    @Select("<script>SELECT count(*) FROM (SELECT 1 FROM delivery.pick_list p<where><if test='warehouse != null'>p.warehouse_code = #{warehouse}</if>"
            + "</where> LIMIT #{limit}) counted</script>")
    long pickListCount(@Param("warehouse") String warehouse, @Param("limit") int limit);

    /** What to fetch, SKU by SKU (the walk through the shelves), for every order of the pick list. */
    @Select("SELECT a.sku, sum(a.quantity) AS quantity, count(DISTINCT a.order_id) AS orders FROM delivery.shipment s "
            + "JOIN delivery.allocation a ON a.order_id = s.order_id AND a.warehouse_code = s.warehouse_code "
            + "WHERE s.pick_list_id = #{id} GROUP BY a.sku ORDER BY a.sku")
    List<PickLineRow> pickLines(@Param("id") long pickListId);

    @Select("SELECT " + SHIPMENT + " WHERE s.pick_list_id = #{id} ORDER BY s.id")
    List<ShipmentRow> shipmentsOfPickList(@Param("id") long pickListId);

    @Select("SELECT " + SHIPMENT + " WHERE s.order_id = #{orderId} ORDER BY s.id")
    List<ShipmentRow> shipmentsOfOrder(@Param("orderId") long orderId);

    @Select("SELECT " + SHIPMENT + " WHERE s.number = #{number}")
    ShipmentRow shipment(@Param("number") String number);

    @Select("SELECT " + SHIPMENT + " WHERE s.number = #{number} FOR UPDATE OF s")
    ShipmentRow lockShipment(@Param("number") String number);

    @Select("SELECT " + SHIPMENT + " WHERE s.courier_code = #{courier} AND s.tracking_number = #{tracking}")
    ShipmentRow byTracking(@Param("courier") String courier, @Param("tracking") String tracking);

    /** The contents of every package of a pick list at once (a page of 50 packages is two queries, not a hundred). */
    @Select("SELECT s.id AS shipment_id, a.sku, a.quantity FROM delivery.shipment s JOIN delivery.allocation a ON a.order_id = s.order_id "
            + "AND a.warehouse_code = s.warehouse_code WHERE s.pick_list_id = #{id} ORDER BY s.id, a.sku")
    List<PackageItemRow> itemsOfPickList(@Param("id") long pickListId);

    @Select("SELECT e.shipment_id, e.kind, e.reason, e.happened_at, e.recorded_by, e.recorded_at FROM delivery.shipment_event e "
            + "JOIN delivery.shipment s ON s.id = e.shipment_id WHERE s.pick_list_id = #{id} ORDER BY e.id")
    List<PackageEventRow> eventsOfPickList(@Param("id") long pickListId);

    @Select("SELECT a.sku, a.quantity FROM delivery.allocation a WHERE a.order_id = #{orderId} AND a.warehouse_code = #{warehouse} ORDER BY a.sku")
    List<ItemRow> contents(@Param("orderId") long orderId, @Param("warehouse") String warehouse);

    @Update("UPDATE delivery.shipment SET status = 'PACKED', box_size = #{box}, weight_kg = #{weight}, updated_at = now() WHERE id = #{id}")
    int packed(@Param("id") long id, @Param("box") String box, @Param("weight") BigDecimal weight);

    /** 1, or 0 when the courier's tracking number already labels another package. */
    @Update("UPDATE delivery.shipment SET status = 'SHIPPED', courier_code = #{courier}, tracking_number = #{tracking}, promised_by = #{promisedBy}, "
            + "shipped_at = now(), updated_at = now() WHERE id = #{id} AND NOT EXISTS (SELECT 1 FROM delivery.shipment t "
            + "WHERE t.courier_code = #{courier} AND t.tracking_number = #{tracking})")
    int shipped(@Param("id") long id, @Param("courier") String courier, @Param("tracking") String tracking,
                @Param("promisedBy") LocalDate promisedBy);

    @Update("UPDATE delivery.shipment SET status = #{status}, delivered_at = COALESCE(#{deliveredAt}, delivered_at), updated_at = now() WHERE id = #{id}")
    int setStatus(@Param("id") long id, @Param("status") String status, @Param("deliveredAt") Instant deliveredAt);

    @Update("UPDATE delivery.shipment SET stock_issued = true WHERE id = #{id} AND NOT stock_issued")
    int stockIssued(@Param("id") long id);

    /** The report, and on the package what the scorecard counts: that the courier reported at all, failed attempts. */
    @Insert("WITH recorded AS (INSERT INTO delivery.shipment_event (shipment_id, kind, reason, happened_at, recorded_by) VALUES (#{id}, #{kind}, "
            + "#{reason}, #{at}, #{by})) UPDATE delivery.shipment SET reported = true, failed_attempts = failed_attempts "
            + "+ CASE WHEN #{kind} = 'FAILED' THEN 1 ELSE 0 END WHERE id = #{id}")
    void recordEvent(@Param("id") long shipmentId, @Param("kind") String kind, @Param("reason") String reason, @Param("at") Instant at,
                     @Param("by") String by);

    @Select("SELECT kind, reason, happened_at, recorded_by, recorded_at FROM delivery.shipment_event WHERE shipment_id = #{id} ORDER BY id")
    List<ShipmentEventRow> events(@Param("id") long shipmentId);

    /** The warehouses an order's stock is reserved in (each becomes a shipment). */
    @Select("SELECT DISTINCT warehouse_code FROM delivery.allocation WHERE order_id = #{orderId} AND status <> 'RELEASED' ORDER BY warehouse_code")
    List<String> warehousesOf(@Param("orderId") long orderId);
}
