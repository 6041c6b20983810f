package io.mercato.warehouse.impl.persistence;

import java.util.List;
import org.apache.ibatis.annotations.Insert;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;
import org.apache.ibatis.annotations.Update;

public interface TransferMapper {
    String COLUMNS = "t.id, t.from_warehouse_id, f.code AS from_warehouse, t.to_warehouse_id, d.code AS to_warehouse, t.status, "
            + "t.note, t.requested_by, t.requested_at, t.shipped_at, t.received_at, t.cancelled_at, t.org_department";
    String FROM = " FROM warehouse.transfer t JOIN warehouse.warehouse f ON f.id = t.from_warehouse_id "
            + "JOIN warehouse.warehouse d ON d.id = t.to_warehouse_id ";
    /** {@code pattern} is an escaped contains-pattern on the warehouses' codes and the lines' SKUs. */
    String FILTER = "<where><if test='status != null'>t.status = #{status}</if>"
            + "<if test='q != null'> AND (f.code ILIKE #{q} OR d.code ILIKE #{q} "
            + "OR EXISTS (SELECT 1 FROM warehouse.transfer_line l WHERE l.transfer_id = t.id AND l.sku ILIKE #{q}))</if></where>";

    @Select("INSERT INTO warehouse.transfer (from_warehouse_id, to_warehouse_id, status, note, requested_by, org_department) "
            + "VALUES (#{from}, #{to}, 'REQUESTED', #{note}, #{actor}, #{orgDepartment}) RETURNING id")
    long insert(@Param("from") long fromWarehouseId, @Param("to") long toWarehouseId, @Param("note") String note,
                @Param("actor") String actor, @Param("orgDepartment") String orgDepartment);

    @Update("UPDATE warehouse.transfer SET org_department = #{to} WHERE org_department = #{from}")
    int reown(@Param("from") String from, @Param("to") String to);

    @Insert("INSERT INTO warehouse.transfer_line (transfer_id, sku, quantity) VALUES (#{id}, #{sku}, #{quantity})")
    void insertLine(@Param("id") long transferId, @Param("sku") String sku, @Param("quantity") int quantity);

    @Select("SELECT " + COLUMNS + FROM + "WHERE t.id = #{id}")
    TransferRow find(@Param("id") long id);

    @Select("SELECT " + COLUMNS + FROM + "WHERE t.id = #{id} FOR UPDATE OF t")
    TransferRow lock(@Param("id") long id);

    @Select("SELECT sku, quantity, shipped, received FROM warehouse.transfer_line WHERE transfer_id = #{id} ORDER BY sku")
    List<TransferLineRow> lines(@Param("id") long id);

    /** Newest first, paged by id: from the newest or below a cursor's id. */
    @Select("<script>SELECT " + COLUMNS + FROM + FILTER + "<if test='beforeId != null'> AND t.id &lt; #{beforeId}</if>"
            + " ORDER BY t.id DESC LIMIT #{limit} OFFSET #{offset}</script>")
    List<TransferRow> search(@Param("status") String status, @Param("q") String q, @Param("beforeId") Long beforeId,
                             @Param("limit") int limit, @Param("offset") int offset);

    /** How many transfers match, counting no further than {@code limit}. */
    @Select("<script>SELECT count(*) FROM (SELECT 1" + FROM + FILTER + " LIMIT #{limit}) matching</script>")
    long count(@Param("status") String status, @Param("q") String q, @Param("limit") int limit);

    /** The lines of a page of transfers in one query. */
    @Select("<script>SELECT transfer_id, sku, quantity, shipped, received FROM warehouse.transfer_line WHERE transfer_id IN "
            + "<foreach item='id' collection='ids' open='(' separator=',' close=')'>#{id}</foreach> ORDER BY transfer_id, sku</script>")
    List<TransferLineOfRow> linesOf(@Param("ids") List<Long> transferIds);

    @Update("UPDATE warehouse.transfer SET status = 'SHIPPED', shipped_at = now() WHERE id = #{id}")
    void markShipped(@Param("id") long id);

    @Update("UPDATE warehouse.transfer SET status = 'RECEIVED', received_at = now(), "
            + "note = COALESCE(#{note}, note) WHERE id = #{id}")
    void markReceived(@Param("id") long id, @Param("note") String note);

    @Update("UPDATE warehouse.transfer SET status = 'CANCELLED', cancelled_at = now() WHERE id = #{id}")
    void markCancelled(@Param("id") long id);

    @Update("UPDATE warehouse.transfer_line SET shipped = #{quantity} WHERE transfer_id = #{id} AND sku = #{sku}")
    void setShipped(@Param("id") long id, @Param("sku") String sku, @Param("quantity") int quantity);

    @Update("UPDATE warehouse.transfer_line SET received = #{quantity} WHERE transfer_id = #{id} AND sku = #{sku}")
    void setReceived(@Param("id") long id, @Param("sku") String sku, @Param("quantity") int quantity);
}
