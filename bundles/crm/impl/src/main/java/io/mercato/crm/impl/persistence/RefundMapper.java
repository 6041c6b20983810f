package io.mercato.crm.impl.persistence;

import java.math.BigDecimal;
import java.util.List;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;
import org.apache.ibatis.annotations.Update;

public interface RefundMapper {
    String COLUMNS = "r.id, r.number, r.case_id, c.number AS case_number, r.order_number, r.goods_amount, r.postage, r.amount, "
            + "r.paid_for_lines, r.status, r.approval_id, r.decided_at, r.paid_by, r.paid_at, r.payment_reference, r.created_by, r.created_at";
    String FROM = " FROM crm.refund r JOIN crm.return_case c ON c.id = r.case_id";

    /** The refund's id, or null when the case has one already. */
    @Select("INSERT INTO crm.refund (case_id, order_number, goods_amount, postage, amount, paid_for_lines, status, created_by) VALUES "
            + "(#{caseId}, #{order}, #{goods}, #{postage}, #{goods} + #{postage}, #{paidForLines}, 'REQUESTED', #{createdBy}) "
            + "ON CONFLICT (case_id) DO NOTHING RETURNING id")
    Long insert(@Param("caseId") long caseId, @Param("order") String order, @Param("goods") BigDecimal goods,
                @Param("postage") BigDecimal postage, @Param("paidForLines") BigDecimal paidForLines, @Param("createdBy") String createdBy);

    /** What of the order's payment is not yet refunded (or requested), its row locked; null when none is recorded. */
    @Select("SELECT paid - refunded FROM crm.order_payment WHERE order_number = #{order} FOR UPDATE")
    BigDecimal refundable(@Param("order") String order);

    /** Adds to what is refunded of the order; the table's constraint refuses more than was paid. */
    @Update("UPDATE crm.order_payment SET refunded = refunded + #{amount} WHERE order_number = #{order}")
    int addRefunded(@Param("order") String order, @Param("amount") BigDecimal amount);

    @Select("SELECT " + COLUMNS + FROM + " WHERE r.id = #{id}")
    RefundRow byId(@Param("id") long id);

    @Select("SELECT " + COLUMNS + FROM + " WHERE r.number = #{number}")
    RefundRow find(@Param("number") String number);

    @Select("SELECT " + COLUMNS + FROM + " WHERE r.number = #{number} FOR UPDATE OF r")
    RefundRow lock(@Param("number") String number);

    @Select("SELECT " + COLUMNS + FROM + " WHERE r.case_id = #{caseId}")
    RefundRow ofCase(@Param("caseId") long caseId);

    @Update("UPDATE crm.refund SET approval_id = #{approvalId} WHERE id = #{id}")
    int setApproval(@Param("id") long id, @Param("approvalId") long approvalId);

    @Update("UPDATE crm.refund SET status = #{status}, decided_at = now() WHERE id = #{id} AND status = 'REQUESTED'")
    int decide(@Param("id") long id, @Param("status") String status);

    @Update("UPDATE crm.refund SET status = 'PAID', paid_by = #{actor}, paid_at = now(), payment_reference = #{reference} "
            + "WHERE id = #{id} AND status = 'APPROVED'")
    int paid(@Param("id") long id, @Param("actor") String actor, @Param("reference") String reference);

    @Select("<script>SELECT " + COLUMNS + FROM + "<where><if test='status != null'>r.status = #{status}</if>"
            + "<if test='beforeId != null'> AND r.id &lt; #{beforeId}</if></where> ORDER BY r.id DESC LIMIT #{limit} OFFSET #{offset}</script>")
    List<RefundRow> search(@Param("status") String status, @Param("beforeId") Long beforeId, @Param("limit") int limit, @Param("offset") int offset);

    @Select("<script>SELECT count(*) FROM (SELECT 1 FROM crm.refund r<where><if test='status != null'>r.status = #{status}</if></where> "
            + "LIMIT #{limit}) counted</script>")
    long count(@Param("status") String status, @Param("limit") int limit);
}
