package io.mercato.crm.impl.persistence;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;
import org.apache.ibatis.annotations.Update;

public interface AuditMapper {
    String COLUMNS = "t.number AS ticket, t.subject, a.agent, a.month, a.sampled_by, a.sampled_at, a.scores::text AS scores, a.score, "
            + "a.comment, a.audited_by, a.audited_at";

    /** Serialises samplings: two supervisors sampling the same month at once must not both top it up. */
    @Select("SELECT pg_advisory_xact_lock(hashtext('crm.ticket-audit-sampling'))::text")
    String lockSampling();

    /**
     * Tops each agent's sample of the month's closed tickets up to {@code share} of them (rounded up), picking at random
     * among those not sampled yet; returns how many it added.
     */
    @Select("WITH closed AS (SELECT id, assignee FROM crm.ticket WHERE status = 'CLOSED' AND assignee IS NOT NULL "
            + "AND resolved_at >= #{from} AND resolved_at < #{to}), "
            + "target AS (SELECT assignee, ceil(count(*) * #{share})::int AS wanted FROM closed GROUP BY assignee), "
            + "have AS (SELECT agent, count(*)::int AS got FROM crm.ticket_audit WHERE month = #{month} GROUP BY agent), "
            + "pick AS (SELECT c.id, c.assignee, row_number() OVER (PARTITION BY c.assignee ORDER BY random()) AS n FROM closed c "
            + "WHERE NOT EXISTS (SELECT 1 FROM crm.ticket_audit a WHERE a.ticket_id = c.id)), "
            + "added AS (INSERT INTO crm.ticket_audit (ticket_id, agent, month, sampled_by) SELECT p.id, p.assignee, #{month}, #{by} "
            + "FROM pick p JOIN target g ON g.assignee = p.assignee LEFT JOIN have h ON h.agent = p.assignee "
            + "WHERE p.n <= g.wanted - coalesce(h.got, 0) ON CONFLICT DO NOTHING RETURNING 1) SELECT count(*) FROM added")
    int sample(@Param("month") LocalDate month, @Param("from") Instant from, @Param("to") Instant to, @Param("share") BigDecimal share,
               @Param("by") String by);

    @Select("<script>SELECT " + COLUMNS + " FROM crm.ticket_audit a JOIN crm.ticket t ON t.id = a.ticket_id WHERE a.month = #{month}"
            + "<if test='agent != null'> AND a.agent = #{agent}</if><if test='pending'> AND a.score IS NULL</if> ORDER BY a.agent, t.id</script>")
    List<AuditRow> list(@Param("month") LocalDate month, @Param("agent") String agent, @Param("pending") boolean pending);

    @Select("SELECT " + COLUMNS + " FROM crm.ticket_audit a JOIN crm.ticket t ON t.id = a.ticket_id WHERE t.number = #{ticket}")
    AuditRow find(@Param("ticket") String ticket);

    @Update("UPDATE crm.ticket_audit a SET scores = #{scores}::jsonb, score = #{score}, comment = #{comment}, audited_by = #{by}, "
            + "audited_at = now() FROM crm.ticket t WHERE t.id = a.ticket_id AND t.number = #{ticket}")
    int score(@Param("ticket") String ticket, @Param("scores") String scores, @Param("score") BigDecimal score, @Param("comment") String comment,
              @Param("by") String by);

    @Select("WITH done AS (SELECT assignee AS agent, count(*)::int AS resolved, count(*) FILTER (WHERE first_response_breached_at IS NULL "
            + "AND resolution_breached_at IS NULL)::int AS sla_kept FROM crm.ticket WHERE resolved_at >= #{from} AND resolved_at < #{to} "
            + "AND assignee IS NOT NULL GROUP BY assignee), "
            + "aud AS (SELECT agent, count(score)::int AS audited, round(avg(score), 2) AS audit_score FROM crm.ticket_audit "
            + "WHERE month = #{month} GROUP BY agent) "
            + "SELECT coalesce(d.agent, a.agent) AS agent, coalesce(d.resolved, 0) AS resolved, coalesce(d.sla_kept, 0) AS sla_kept, "
            + "coalesce(a.audited, 0) AS audited, a.audit_score FROM done d FULL JOIN aud a ON a.agent = d.agent ORDER BY 1")
    List<AgentMonthRow> report(@Param("month") LocalDate month, @Param("from") Instant from, @Param("to") Instant to);
}
