package io.mercato.crm.impl.persistence;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.apache.ibatis.annotations.Insert;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;
import org.apache.ibatis.annotations.Update;

public interface ReturnMapper {
    String COLUMNS = "id, number, kind, order_number, member_id, customer_name, phone, reason_code, reason, status, goods_amount, "
            + "postage_share, warehouse_code, received_by, received_at, quality_problem, fault, resaleable, check_note, checked_by, "
            + "checked_at, outcome, send_back_due, sent_back_at, send_back_tracking, dispute_note, disputed_at, replacement_order, "
            + "stock_posted, created_by, created_at, updated_at";
    String FILTER = "<where><if test='q != null'>(number ILIKE #{q} OR order_number ILIKE #{q} OR customer_name ILIKE #{q})</if>"
            + "<if test='status != null'> AND status = #{status}</if>"
            + "<if test='overdue'> AND status = 'REFUSED' AND send_back_due &lt; now()</if>";

    @Select("INSERT INTO crm.return_case (kind, order_number, member_id, customer_name, phone, reason_code, reason, status, goods_amount, "
            + "postage_share, created_by) VALUES (#{kind}, #{order}, #{memberId}, #{customerName}, #{phone}, #{reasonCode}, #{reason}, 'OPEN', "
            + "#{goods}, #{postage}, #{createdBy}) RETURNING id")
    long insert(@Param("kind") String kind, @Param("order") String order, @Param("memberId") Long memberId,
                @Param("customerName") String customerName, @Param("phone") String phone, @Param("reasonCode") String reasonCode,
                @Param("reason") String reason, @Param("goods") BigDecimal goods, @Param("postage") BigDecimal postage,
                @Param("createdBy") String createdBy);

    /** 1, or 0 when the order's line was returned before (nothing written). */
    @Insert("INSERT INTO crm.return_line (case_id, order_number, line_no, sku, quantity, amount) VALUES (#{caseId}, #{order}, #{lineNo}, "
            + "#{sku}, #{quantity}, #{amount}) ON CONFLICT (order_number, line_no) DO NOTHING")
    int insertLine(@Param("caseId") long caseId, @Param("order") String order, @Param("lineNo") int lineNo, @Param("sku") String sku,
                   @Param("quantity") int quantity, @Param("amount") BigDecimal amount);

    /** The case that took an order's line, if any. */
    @Select("SELECT c.number FROM crm.return_line l JOIN crm.return_case c ON c.id = l.case_id WHERE l.order_number = #{order} "
            + "AND l.line_no = #{lineNo}")
    String caseOfLine(@Param("order") String order, @Param("lineNo") int lineNo);

    @Select("SELECT " + COLUMNS + " FROM crm.return_case WHERE number = #{number}")
    ReturnCaseRow find(@Param("number") String number);

    @Select("SELECT " + COLUMNS + " FROM crm.return_case WHERE number = #{number} FOR UPDATE")
    ReturnCaseRow lock(@Param("number") String number);

    @Select("SELECT " + COLUMNS + " FROM crm.return_case WHERE id = #{id}")
    ReturnCaseRow byId(@Param("id") long id);

    @Select("SELECT case_id, order_number, line_no, sku, quantity, amount FROM crm.return_line WHERE case_id = #{caseId} ORDER BY line_no")
    List<ReturnLineRow> lines(@Param("caseId") long caseId);

    @Select("<script>SELECT " + COLUMNS + " FROM crm.return_case " + FILTER
            + "<if test='beforeId != null'> AND id &lt; #{beforeId}</if></where> ORDER BY id DESC LIMIT #{limit} OFFSET #{offset}</script>")
    List<ReturnCaseRow> search(@Param("q") String q, @Param("status") String status, @Param("overdue") boolean overdue,
                               @Param("beforeId") Long beforeId, @Param("limit") int limit, @Param("offset") int offset);

    @Select("<script>SELECT count(*) FROM (SELECT 1 FROM crm.return_case " + FILTER + "</where> LIMIT #{limit}) counted</script>")
    long count(@Param("q") String q, @Param("status") String status, @Param("overdue") boolean overdue, @Param("limit") int limit);

    @Update("UPDATE crm.return_case SET status = 'RECEIVED', warehouse_code = #{warehouse}, received_by = #{actor}, received_at = now(), "
            + "updated_at = now() WHERE id = #{id} AND status = 'OPEN'")
    int received(@Param("id") long id, @Param("warehouse") String warehouse, @Param("actor") String actor);

    @Update("UPDATE crm.return_case SET status = #{status}, quality_problem = #{qualityProblem}, fault = #{fault}, resaleable = #{resaleable}, "
            + "check_note = #{note}, checked_by = #{actor}, checked_at = now(), outcome = #{outcome}, send_back_due = #{sendBackDue}, "
            + "updated_at = now() WHERE id = #{id} AND status = 'RECEIVED'")
    int checked(@Param("id") long id, @Param("status") String status, @Param("qualityProblem") boolean qualityProblem,
                @Param("fault") String fault, @Param("resaleable") boolean resaleable, @Param("note") String note, @Param("actor") String actor,
                @Param("outcome") String outcome, @Param("sendBackDue") Instant sendBackDue);

    @Update("UPDATE crm.return_case SET status = 'SENT_BACK', sent_back_at = now(), send_back_tracking = #{tracking}, updated_at = now() "
            + "WHERE id = #{id} AND status = 'REFUSED'")
    int sentBack(@Param("id") long id, @Param("tracking") String tracking);

    @Update("UPDATE crm.return_case SET status = 'DISPUTED', dispute_note = #{note}, disputed_at = now(), updated_at = now() "
            + "WHERE id = #{id} AND status IN ('REFUSED', 'SENT_BACK')")
    int disputed(@Param("id") long id, @Param("note") String note);

    @Update("UPDATE crm.return_case SET status = #{status}, updated_at = now() WHERE id = #{id}")
    int setStatus(@Param("id") long id, @Param("status") String status);

    /** Marks the goods posted to stock; 0 when they were posted before (a redelivered event). */
    @Update("UPDATE crm.return_case SET stock_posted = true, updated_at = now() WHERE id = #{id} AND NOT stock_posted")
    int stockPosted(@Param("id") long id);

    @Update("UPDATE crm.return_case SET replacement_order = #{order}, updated_at = now() WHERE number = #{number} AND replacement_order IS NULL")
    int linkReplacement(@Param("number") String number, @Param("order") String order);

    @Insert("INSERT INTO crm.order_payment (order_number, paid) VALUES (#{order}, #{paid}) ON CONFLICT (order_number) DO NOTHING")
    int recordPayment(@Param("order") String order, @Param("paid") BigDecimal paid);
}
