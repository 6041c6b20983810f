package io.mercato.warehouse.impl.persistence;

import org.apache.ibatis.annotations.Options;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;
import org.apache.ibatis.annotations.Update;

public interface ReservationMapper {
    String COLUMNS = "r.key, r.sku, r.warehouse_id, w.code AS warehouse_code, r.quantity, r.status, r.order_ref, r.created_at";

    /**
     * The new reservation's creation time, or null when the key exists: the unique key makes a concurrent retry wait,
     * then see the first one. Returning the time saves reading the row back.
     */
    @Select("INSERT INTO warehouse.reservation (key, sku, warehouse_id, quantity, status, order_ref, created_by) "
            + "VALUES (#{key}, #{sku}, #{warehouseId}, #{quantity}, 'RESERVED', #{orderRef}, #{actor}) ON CONFLICT (key) DO NOTHING "
            + "RETURNING created_at")
    @Options(flushCache = Options.FlushCachePolicy.TRUE, useCache = false)
    java.time.Instant insert(@Param("key") String key, @Param("sku") String sku, @Param("warehouseId") long warehouseId,
               @Param("quantity") int quantity, @Param("orderRef") String orderRef, @Param("actor") String actor);

    @Select("SELECT " + COLUMNS + " FROM warehouse.reservation r JOIN warehouse.warehouse w ON w.id = r.warehouse_id "
            + "WHERE r.key = #{key}")
    ReservationRow find(@Param("key") String key);

    @Select("SELECT " + COLUMNS + " FROM warehouse.reservation r JOIN warehouse.warehouse w ON w.id = r.warehouse_id "
            + "WHERE r.key = #{key} FOR UPDATE OF r")
    ReservationRow lock(@Param("key") String key);

    @Update("UPDATE warehouse.reservation SET status = #{status}, updated_at = now() WHERE key = #{key}")
    void setStatus(@Param("key") String key, @Param("status") String status);
}
