package io.mercato.procurement.impl.persistence;

import java.util.List;
import org.apache.ibatis.annotations.Insert;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;
import org.apache.ibatis.annotations.Update;

public interface ReceiptMapper {
    String COLUMNS = "id, purchase_order_id, warehouse_code, note, stock_event_id, stock_posted_at, org_department, received_by, received_at";

    @Select("INSERT INTO procurement.receipt (purchase_order_id, warehouse_code, note, org_department, received_by) "
            + "VALUES (#{orderId}, #{warehouseCode}, #{note}, #{orgDepartment}, #{receivedBy}) RETURNING id")
    long insert(@Param("orderId") long purchaseOrderId, @Param("warehouseCode") String warehouseCode, @Param("note") String note,
                @Param("orgDepartment") String orgDepartment, @Param("receivedBy") String receivedBy);

    @Insert("INSERT INTO procurement.receipt_line (receipt_id, line_no, sku, received, rejected, reject_reason) "
            + "VALUES (#{receiptId}, #{lineNo}, #{sku}, #{received}, #{rejected}, #{rejectReason})")
    void insertLine(@Param("receiptId") long receiptId, @Param("lineNo") int lineNo, @Param("sku") String sku,
                    @Param("received") int received, @Param("rejected") int rejected, @Param("rejectReason") String rejectReason);

    @Update("UPDATE procurement.receipt SET stock_event_id = #{eventId} WHERE id = #{id}")
    void postingPublished(@Param("id") long receiptId, @Param("eventId") long eventId);

    /** 0 when the posting was already recorded. */
    @Update("UPDATE procurement.receipt SET stock_posted_at = now() WHERE id = #{id} AND stock_posted_at IS NULL")
    int posted(@Param("id") long receiptId);

    @Select("SELECT " + COLUMNS + " FROM procurement.receipt WHERE purchase_order_id = #{orderId} ORDER BY id")
    List<ReceiptRow> ofOrder(@Param("orderId") long purchaseOrderId);

    @Select("SELECT receipt_id, line_no, sku, received, rejected, reject_reason FROM procurement.receipt_line "
            + "WHERE receipt_id IN (SELECT id FROM procurement.receipt WHERE purchase_order_id = #{orderId}) ORDER BY receipt_id, line_no")
    List<ReceiptLineRow> linesOfOrder(@Param("orderId") long purchaseOrderId);

    @Update("UPDATE procurement.receipt SET org_department = #{to} WHERE org_department = #{from}")
    int reown(@Param("from") String from, @Param("to") String to);
}
