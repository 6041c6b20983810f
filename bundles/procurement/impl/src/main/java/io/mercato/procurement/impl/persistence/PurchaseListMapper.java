package io.mercato.procurement.impl.persistence;

import io.mercato.procurement.api.PurchaseListItem;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;
import org.apache.ibatis.annotations.Update;

public interface PurchaseListMapper {
    String COLUMNS = "id, sku, target_quantity, target_price, needed_by, origin_department, origin_reference, status, note, "
            + "created_by, created_at";
    String FILTER = "<where><if test='q != null'>(sku ILIKE #{q} OR origin_reference ILIKE #{q})</if>"
            + "<if test='status != null'> AND status = #{status}</if>";

    /** Null when the same department already proposed the same reference. */
    @Select("INSERT INTO procurement.purchase_list_item (sku, target_quantity, target_price, needed_by, origin_department, "
            + "origin_reference, note, org_department, created_by) VALUES (#{sku}, #{quantity}, #{price}, #{neededBy}, #{origin}, "
            + "#{reference}, #{note}, #{orgDepartment}, #{createdBy}) ON CONFLICT (origin_department, origin_reference) DO NOTHING "
            + "RETURNING " + COLUMNS)
    PurchaseListItem insert(@Param("sku") String sku, @Param("quantity") int quantity, @Param("price") BigDecimal price,
                            @Param("neededBy") LocalDate neededBy, @Param("origin") String origin, @Param("reference") String reference,
                            @Param("note") String note, @Param("orgDepartment") String orgDepartment, @Param("createdBy") String createdBy);

    @Select("SELECT " + COLUMNS + " FROM procurement.purchase_list_item WHERE origin_department = #{origin} AND origin_reference = #{reference}")
    PurchaseListItem byReference(@Param("origin") String origin, @Param("reference") String reference);

    @Select("SELECT " + COLUMNS + " FROM procurement.purchase_list_item WHERE id = #{id}")
    PurchaseListItem find(@Param("id") long id);

    @Select("<script>SELECT " + COLUMNS + " FROM procurement.purchase_list_item " + FILTER
            + "<if test='beforeId != null'> AND id &lt; #{beforeId}</if></where> ORDER BY id DESC LIMIT #{limit} OFFSET #{offset}</script>")
    List<PurchaseListItem> search(@Param("q") String q, @Param("status") String status, @Param("beforeId") Long beforeId,
                                  @Param("limit") int limit, @Param("offset") int offset);

    @Select("<script>SELECT count(*) FROM (SELECT 1 FROM procurement.purchase_list_item " + FILTER + "</where> LIMIT #{limit}) counted</script>")
    long count(@Param("q") String q, @Param("status") String status, @Param("limit") int limit);

    @Update("UPDATE procurement.purchase_list_item SET status = #{status} WHERE id = #{id} AND status = 'OPEN'")
    int close(@Param("id") long id, @Param("status") String status);

    @Update("UPDATE procurement.purchase_list_item SET org_department = #{to} WHERE org_department = #{from}")
    int reown(@Param("from") String from, @Param("to") String to);
}
