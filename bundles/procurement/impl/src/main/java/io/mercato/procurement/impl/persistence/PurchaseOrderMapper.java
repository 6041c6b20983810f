package io.mercato.procurement.impl.persistence;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.apache.ibatis.annotations.Delete;
import org.apache.ibatis.annotations.Insert;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;
import org.apache.ibatis.annotations.Update;

public interface PurchaseOrderMapper {
    String COLUMNS = "o.id, o.number, o.supplier_id, s.code AS supplier_code, s.name AS supplier_name, o.status, o.currency, "
            + "o.warehouse_code, o.expected_on, o.total, o.revision, o.approval_id, o.approved_revision, o.copied_from, o.note, "
            + "o.cancel_reason, o.org_department, o.created_by, o.created_at, o.updated_at";
    String FROM = " FROM procurement.purchase_order o JOIN procurement.supplier s ON s.id = o.supplier_id ";
    // The matching suppliers and lines are each read once into a hash (uncorrelated IN), and the join to the supplier
    // stays a plain key join: an OR across both tables would make the planner test every order against every supplier.
    String FILTER = "<where><if test='q != null'>(o.number ILIKE #{q} "
            + "OR o.supplier_id IN (SELECT sq.id FROM procurement.supplier sq WHERE sq.code ILIKE #{q} OR sq.name ILIKE #{q}) "
            + "OR o.id IN (SELECT l.purchase_order_id FROM procurement.purchase_order_line l WHERE l.sku ILIKE #{q}))</if>"
            + "<if test='status != null'> AND o.status = #{status}</if>"
            + "<if test='supplier != null'> AND s.code = #{supplier}</if>";

    @Select("SELECT " + COLUMNS + FROM + "WHERE o.number = #{number}")
    PurchaseOrderRow find(@Param("number") String number);

    @Select("SELECT " + COLUMNS + FROM + "WHERE o.number = #{number} FOR UPDATE OF o")
    PurchaseOrderRow lock(@Param("number") String number);

    @Select("<script>SELECT " + COLUMNS + FROM + FILTER + "<if test='beforeId != null'> AND o.id &lt; #{beforeId}</if></where>"
            + " ORDER BY o.id DESC LIMIT #{limit} OFFSET #{offset}</script>")
    List<PurchaseOrderRow> search(@Param("q") String q, @Param("status") String status, @Param("supplier") String supplier,
                                  @Param("beforeId") Long beforeId, @Param("limit") int limit, @Param("offset") int offset);

    @Select("<script>SELECT count(*) FROM (SELECT 1 " + FROM + FILTER + "</where> LIMIT #{limit}) counted</script>")
    long count(@Param("q") String q, @Param("status") String status, @Param("supplier") String supplier, @Param("limit") int limit);

    /** Open orders past their expected date, oldest first: the arrival follow-up (到货周期). */
    @Select("<script>SELECT " + COLUMNS + FROM + "WHERE o.status IN ('APPROVED', 'SENT', 'PARTIALLY_RECEIVED') "
            + "AND o.expected_on &lt; #{today}<if test='supplier != null'> AND s.code = #{supplier}</if> "
            + "ORDER BY o.expected_on, o.id LIMIT #{limit} OFFSET #{offset}</script>")
    List<PurchaseOrderRow> overdue(@Param("today") LocalDate today, @Param("supplier") String supplier,
                                   @Param("limit") int limit, @Param("offset") int offset);

    @Select("<script>SELECT count(*) FROM (SELECT 1 " + FROM + "WHERE o.status IN ('APPROVED', 'SENT', 'PARTIALLY_RECEIVED') "
            + "AND o.expected_on &lt; #{today}<if test='supplier != null'> AND s.code = #{supplier}</if> LIMIT #{limit}) counted</script>")
    long countOverdue(@Param("today") LocalDate today, @Param("supplier") String supplier, @Param("limit") int limit);

    @Select("INSERT INTO procurement.purchase_order (number, supplier_id, status, currency, warehouse_code, expected_on, total, "
            + "copied_from, note, org_department, created_by) VALUES ('PO-' || lpad(nextval('procurement.purchase_order_number')::text, 6, '0'), "
            + "#{supplierId}, 'DRAFT', #{currency}, #{warehouseCode}, #{expectedOn}, #{total}, #{copiedFrom}, #{note}, "
            + "#{orgDepartment}, #{createdBy}) RETURNING number")
    String insert(@Param("supplierId") long supplierId, @Param("currency") String currency, @Param("warehouseCode") String warehouseCode,
                  @Param("expectedOn") LocalDate expectedOn, @Param("total") BigDecimal total, @Param("copiedFrom") String copiedFrom,
                  @Param("note") String note, @Param("orgDepartment") String orgDepartment, @Param("createdBy") String createdBy);

    /** A new revision of the terms: any approval given before no longer holds. */
    @Update("UPDATE procurement.purchase_order SET supplier_id = #{supplierId}, currency = #{currency}, warehouse_code = #{warehouseCode}, "
            + "expected_on = #{expectedOn}, total = #{total}, note = #{note}, revision = revision + 1, status = 'DRAFT', "
            + "approval_id = NULL, approved_revision = NULL, updated_at = now() WHERE id = #{id}")
    int revise(@Param("id") long id, @Param("supplierId") long supplierId, @Param("currency") String currency,
               @Param("warehouseCode") String warehouseCode, @Param("expectedOn") LocalDate expectedOn,
               @Param("total") BigDecimal total, @Param("note") String note);

    /** Changes that are not terms (dates, notes) keep the revision and the approval. */
    @Update("UPDATE procurement.purchase_order SET expected_on = #{expectedOn}, note = #{note}, updated_at = now() WHERE id = #{id}")
    int reschedule(@Param("id") long id, @Param("expectedOn") LocalDate expectedOn, @Param("note") String note);

    @Update("UPDATE procurement.purchase_order SET status = #{status}, updated_at = now() WHERE id = #{id}")
    int setStatus(@Param("id") long id, @Param("status") String status);

    @Update("UPDATE procurement.purchase_order SET status = 'AWAITING_APPROVAL', approval_id = #{approvalId}, updated_at = now() "
            + "WHERE id = #{id}")
    int awaitApproval(@Param("id") long id, @Param("approvalId") long approvalId);

    @Update("UPDATE procurement.purchase_order SET status = 'APPROVED', approved_revision = revision, updated_at = now() WHERE id = #{id}")
    int approve(@Param("id") long id);

    @Update("UPDATE procurement.purchase_order SET status = 'DRAFT', approval_id = NULL, updated_at = now() WHERE id = #{id}")
    int backToDraft(@Param("id") long id);

    @Update("UPDATE procurement.purchase_order SET status = 'CANCELLED', cancel_reason = #{reason}, updated_at = now() WHERE id = #{id}")
    int cancel(@Param("id") long id, @Param("reason") String reason);

    @Update("UPDATE procurement.purchase_order SET org_department = #{to} WHERE org_department = #{from}")
    int reown(@Param("from") String from, @Param("to") String to);

    @Select("SELECT purchase_order_id, line_no, sku, quantity, unit_price, tolerance_percent, accepted, rejected "
            + "FROM procurement.purchase_order_line WHERE purchase_order_id = #{id} ORDER BY line_no")
    List<OrderLineRow> lines(@Param("id") long purchaseOrderId);

    @Insert("INSERT INTO procurement.purchase_order_line (purchase_order_id, line_no, sku, quantity, unit_price, tolerance_percent) "
            + "VALUES (#{id}, #{lineNo}, #{sku}, #{quantity}, #{unitPrice}, #{tolerancePercent})")
    void insertLine(@Param("id") long purchaseOrderId, @Param("lineNo") int lineNo, @Param("sku") String sku,
                    @Param("quantity") int quantity, @Param("unitPrice") BigDecimal unitPrice,
                    @Param("tolerancePercent") BigDecimal tolerancePercent);

    @Delete("DELETE FROM procurement.purchase_order_line WHERE purchase_order_id = #{id}")
    void deleteLines(@Param("id") long purchaseOrderId);

    /** Adds a receipt's quantities to a line; 0 rows when it would take the line past its tolerance. */
    @Update("UPDATE procurement.purchase_order_line SET accepted = accepted + #{accepted}, rejected = rejected + #{rejected} "
            + "WHERE purchase_order_id = #{id} AND line_no = #{lineNo} "
            + "AND (accepted + #{accepted}) * 100 <= quantity * (100 + tolerance_percent)")
    int receive(@Param("id") long purchaseOrderId, @Param("lineNo") int lineNo, @Param("accepted") int accepted,
                @Param("rejected") int rejected);

    /** The latest approved (or later) line of a SKU: its cost for other departments. */
    @Select("SELECT l.sku, l.unit_price, o.currency, o.number AS purchase_order, s.code AS supplier_code, o.created_at AS ordered_at "
            + "FROM procurement.purchase_order_line l JOIN procurement.purchase_order o ON o.id = l.purchase_order_id "
            + "JOIN procurement.supplier s ON s.id = o.supplier_id WHERE l.sku = #{sku} "
            + "AND o.status IN ('APPROVED', 'SENT', 'PARTIALLY_RECEIVED', 'RECEIVED') ORDER BY o.created_at DESC, o.id DESC, l.line_no LIMIT 1")
    io.mercato.procurement.api.PurchaseCost latestCost(@org.apache.ibatis.annotations.Param("sku") String sku);
}
