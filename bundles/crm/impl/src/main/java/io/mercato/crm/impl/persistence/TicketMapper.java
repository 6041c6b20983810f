package io.mercato.crm.impl.persistence;

import java.time.Instant;
import java.util.List;
import org.apache.ibatis.annotations.Insert;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;
import org.apache.ibatis.annotations.Update;

public interface TicketMapper {
    String COLUMNS = "t.id, t.number, t.type, t.channel, t.priority, t.subject, t.description, t.member_id, m.code AS member_code, "
            + "t.order_number, t.customer_name, t.contact, t.assignee, t.status, t.first_response_due, t.resolution_due, t.first_responded_at, "
            + "t.resolved_at, t.closed_at, t.paused_since, t.paused_minutes, t.first_response_breached_at, t.resolution_breached_at, "
            + "t.created_by, t.created_at, t.updated_at";
    String FROM = " FROM crm.ticket t LEFT JOIN crm.member m ON m.id = t.member_id";
    String FILTER = "<where><if test='q != null'>(t.number ILIKE #{q} OR t.subject ILIKE #{q} OR t.customer_name ILIKE #{q} "
            + "OR t.order_number ILIKE #{q} OR t.contact ILIKE #{q})</if>"
            + "<if test='status != null'> AND t.status = #{status}</if><if test='type != null'> AND t.type = #{type}</if>"
            + "<if test='assignee != null'> AND t.assignee = #{assignee}</if><if test='member != null'> AND m.code = #{member}</if>"
            + "<if test='overdue'> AND t.status = 'OPEN' AND (t.resolution_due &lt; now() OR (t.first_responded_at IS NULL "
            + "AND t.first_response_due &lt; now()))</if>";

    @Select("INSERT INTO crm.ticket (type, channel, priority, subject, description, member_id, order_number, customer_name, contact, assignee, "
            + "status, first_response_due, resolution_due, created_by, created_at) VALUES (#{type}, #{channel}, #{priority}, #{subject}, "
            + "#{description}, #{memberId}, #{order}, #{customerName}, #{contact}, #{assignee}, 'OPEN', #{firstDue}, #{resolutionDue}, "
            + "#{createdBy}, #{createdAt}) RETURNING id")
    long insert(@Param("type") String type, @Param("channel") String channel, @Param("priority") String priority,
                @Param("subject") String subject, @Param("description") String description, @Param("memberId") Long memberId,
                @Param("order") String order, @Param("customerName") String customerName, @Param("contact") String contact,
                @Param("assignee") String assignee, @Param("firstDue") Instant firstDue, @Param("resolutionDue") Instant resolutionDue,
                @Param("createdBy") String createdBy, @Param("createdAt") Instant createdAt);

    @Select("SELECT number FROM crm.ticket WHERE id = #{id}")
    String findNumber(@Param("id") long id);

    @Select("SELECT " + COLUMNS + FROM + " WHERE t.number = #{number}")
    TicketRow find(@Param("number") String number);

    @Select("SELECT " + COLUMNS + FROM + " WHERE t.number = #{number} FOR UPDATE OF t")
    TicketRow lock(@Param("number") String number);

    @Select("<script>SELECT " + COLUMNS + FROM + FILTER
            + "<if test='beforeId != null'> AND t.id &lt; #{beforeId}</if></where> ORDER BY t.id DESC LIMIT #{limit} OFFSET #{offset}</script>")
    List<TicketRow> search(@Param("q") String q, @Param("status") String status, @Param("type") String type, @Param("assignee") String assignee,
                           @Param("member") String member, @Param("overdue") boolean overdue, @Param("beforeId") Long beforeId,
                           @Param("limit") int limit, @Param("offset") int offset);

    @Select("<script>SELECT count(*) FROM (SELECT 1" + FROM + FILTER + "</where> LIMIT #{limit}) counted</script>")
    long count(@Param("q") String q, @Param("status") String status, @Param("type") String type, @Param("assignee") String assignee,
               @Param("member") String member, @Param("overdue") boolean overdue, @Param("limit") int limit);

    @Insert("INSERT INTO crm.ticket_note (ticket_id, kind, body, author) VALUES (#{ticketId}, #{kind}, #{body}, #{author})")
    int insertNote(@Param("ticketId") long ticketId, @Param("kind") String kind, @Param("body") String body, @Param("author") String author);

    @Select("SELECT id, kind, body, author, at FROM crm.ticket_note WHERE ticket_id = #{ticketId} ORDER BY id")
    List<TicketNoteRow> notes(@Param("ticketId") long ticketId);

    /** The first reply: the first-response clock stops; a late one stores the breach (the due time). */
    @Update("UPDATE crm.ticket SET first_responded_at = #{at}, first_response_breached_at = CASE WHEN #{at} > first_response_due "
            + "THEN coalesce(first_response_breached_at, first_response_due) ELSE first_response_breached_at END, updated_at = now() "
            + "WHERE id = #{id} AND first_responded_at IS NULL")
    int firstResponse(@Param("id") long id, @Param("at") Instant at);

    @Update("UPDATE crm.ticket SET status = 'WAITING_CUSTOMER', paused_since = #{at}, updated_at = now() WHERE id = #{id} AND status = 'OPEN'")
    int pause(@Param("id") long id, @Param("at") Instant at);

    /** Back from waiting: the clocks not yet met move on by the working minutes spent waiting. */
    @Update("UPDATE crm.ticket SET status = 'OPEN', paused_since = NULL, paused_minutes = paused_minutes + #{minutes}, "
            + "first_response_due = #{firstDue}, resolution_due = #{resolutionDue}, updated_at = now() WHERE id = #{id} "
            + "AND status = 'WAITING_CUSTOMER'")
    int resume(@Param("id") long id, @Param("minutes") int minutes, @Param("firstDue") Instant firstDue, @Param("resolutionDue") Instant resolutionDue);

    @Update("UPDATE crm.ticket SET status = 'RESOLVED', resolved_at = #{at}, resolution_breached_at = CASE WHEN #{at} > resolution_due "
            + "THEN coalesce(resolution_breached_at, resolution_due) ELSE resolution_breached_at END, updated_at = now() "
            + "WHERE id = #{id} AND status = 'OPEN'")
    int resolve(@Param("id") long id, @Param("at") Instant at);

    @Update("UPDATE crm.ticket SET status = 'CLOSED', closed_at = now(), updated_at = now() WHERE id = #{id} AND status = 'RESOLVED'")
    int close(@Param("id") long id);

    @Update("UPDATE crm.ticket SET status = 'OPEN', resolved_at = NULL, updated_at = now() WHERE id = #{id} AND status = 'RESOLVED'")
    int reopen(@Param("id") long id);

    @Update("UPDATE crm.ticket SET assignee = #{assignee}, updated_at = now() WHERE id = #{id} AND status IN ('OPEN', 'WAITING_CUSTOMER')")
    int assign(@Param("id") long id, @Param("assignee") String assignee);

    /** Stores the breaches of open tickets whose due time has passed (the hourly run); returns how many it stored. */
    @Update("UPDATE crm.ticket SET first_response_breached_at = CASE WHEN first_responded_at IS NULL AND first_response_due < #{now} "
            + "THEN coalesce(first_response_breached_at, first_response_due) ELSE first_response_breached_at END, "
            + "resolution_breached_at = CASE WHEN resolution_due < #{now} THEN coalesce(resolution_breached_at, resolution_due) "
            + "ELSE resolution_breached_at END WHERE status = 'OPEN' AND ((first_responded_at IS NULL AND first_response_due < #{now} "
            + "AND first_response_breached_at IS NULL) OR (resolution_due < #{now} AND resolution_breached_at IS NULL))")
    int stampBreaches(@Param("now") Instant now);
}
