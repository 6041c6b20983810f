package io.mercato.delivery.impl.persistence;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;
import org.apache.ibatis.annotations.Update;

/** Incidents, penalties and the monthly courier scorecard. */
public interface AuditMapper {
    String PENALTY = "p.id, p.courier_code, s.number AS shipment, o.number AS order_number, p.kind, p.amount, p.points, p.standards_version, "
            + "p.evidence, p.status, p.dispute_until, p.objection, p.decision_reason, p.decided_by, p.decided_at, p.created_at "
            + "FROM delivery.penalty p JOIN delivery.shipment s ON s.id = p.shipment_id JOIN delivery.sales_order o ON o.id = s.order_id";

    /** The incident, and on the package what the scorecard counts: damaged, lost, complaints. */
    @Select("WITH counted AS (UPDATE delivery.shipment SET damaged = damaged OR #{kind} = 'DAMAGED', lost = lost OR #{kind} = 'LOST', "
            + "complaints = complaints + CASE WHEN #{kind} = 'COMPLAINT' THEN 1 ELSE 0 END WHERE id = #{shipmentId}) "
            + "INSERT INTO delivery.incident (shipment_id, kind, note, recorded_by) VALUES (#{shipmentId}, #{kind}, #{note}, #{by}) RETURNING id")
    long insertIncident(@Param("shipmentId") long shipmentId, @Param("kind") String kind, @Param("note") String note, @Param("by") String by);

    /** The penalty's id, or null when this one was charged before (a late delivery once per shipment). */
    @Select("INSERT INTO delivery.penalty (courier_code, shipment_id, incident_id, kind, amount, points, standards_version, evidence, dispute_until) "
            + "VALUES (#{courier}, #{shipmentId}, #{incidentId}, #{kind}, #{amount}, #{points}, #{version}, #{evidence}, #{disputeUntil}) "
            + "ON CONFLICT DO NOTHING RETURNING id")
    Long insertPenalty(@Param("courier") String courier, @Param("shipmentId") long shipmentId, @Param("incidentId") Long incidentId,
                       @Param("kind") String kind, @Param("amount") BigDecimal amount, @Param("points") int points, @Param("version") int version,
                       @Param("evidence") String evidence, @Param("disputeUntil") LocalDate disputeUntil);

    @Select("SELECT " + PENALTY + " WHERE p.id = #{id}")
    PenaltyRow penalty(@Param("id") long id);

    @Select("SELECT " + PENALTY + " WHERE p.id = #{id} FOR UPDATE OF p")
    PenaltyRow lockPenalty(@Param("id") long id);

    @Select("<script>SELECT " + PENALTY + "<where><if test='courier != null'>p.courier_code = #{courier}</if>"
            + "<if test='status != null'> AND p.status = #{status}</if><if test='from != null'> AND p.created_at &gt;= #{from} AND p.created_at &lt; #{to}</if>"
            + "<if test='beforeId != null'> AND p.id &lt; #{beforeId}</if></where> ORDER BY p.id DESC LIMIT #{limit} OFFSET #{offset}</script>")
    List<PenaltyRow> penalties(@Param("courier") String courier, @Param("status") String status, @Param("from") Instant from,
                               @Param("to") Instant to, @Param("beforeId") Long beforeId, @Param("limit") int limit, @Param("offset") int offset);

    @Select("<script>SELECT count(*) FROM (SELECT 1 FROM delivery.penalty p<where><if test='courier != null'>p.courier_code = #{courier}</if>"
            + "<if test='status != null'> AND p.status = #{status}</if><if test='from != null'> AND p.created_at &gt;= #{from} AND p.created_at &lt; #{to}</if>"
            + "</where> LIMIT #{limit}) counted</script>")
    long penaltyCount(@Param("courier") String courier, @Param("status") String status, @Param("from") Instant from, @Param("to") Instant to,
                      @Param("limit") int limit);

    @Update("UPDATE delivery.penalty SET status = #{status}, decision_reason = #{reason}, decided_by = #{by}, decided_at = now() WHERE id = #{id}")
    int decide(@Param("id") long id, @Param("status") String status, @Param("reason") String reason, @Param("by") String by);

    @Update("UPDATE delivery.penalty SET status = 'DISPUTED', objection = #{objection} WHERE id = #{id}")
    int dispute(@Param("id") long id, @Param("objection") String objection);

    /**
     * Per courier, the packages shipped in the month and how they went: delivered, on time (by the promised day, China
     * time), at the first attempt (no failed report), with a courier report at all (the tracking number works), damaged,
     * lost, complained about, and the penalties charged in the month that still stand.
     */
    @Select("SELECT c.code AS courier, c.name, c.monthly_penalty_cap AS cap, COALESCE(s.shipments, 0) AS shipments, "
            + "COALESCE(s.delivered, 0) AS delivered, COALESCE(s.on_time, 0) AS on_time, COALESCE(s.first_attempt, 0) AS first_attempt, "
            + "COALESCE(s.tracked, 0) AS tracked, COALESCE(s.damaged, 0) AS damaged, COALESCE(s.lost, 0) AS lost, "
            + "COALESCE(s.complaints, 0) AS complaints, COALESCE(p.amount, 0) AS penalties, COALESCE(p.points, 0) AS points "
            + "FROM delivery.courier c LEFT JOIN (SELECT courier_code, count(*) AS shipments, count(delivered_at) AS delivered, "
            + "count(*) FILTER (WHERE (delivered_at AT TIME ZONE 'Asia/Shanghai')::date <= promised_by) AS on_time, "
            + "count(*) FILTER (WHERE delivered_at IS NOT NULL AND failed_attempts = 0) AS first_attempt, "
            + "count(*) FILTER (WHERE reported) AS tracked, count(*) FILTER (WHERE damaged) AS damaged, count(*) FILTER (WHERE lost) AS lost, "
            + "sum(complaints) AS complaints FROM delivery.shipment WHERE shipped_at >= #{from} AND shipped_at < #{to} GROUP BY courier_code) s "
            + "ON s.courier_code = c.code LEFT JOIN (SELECT courier_code, sum(amount) AS amount, sum(points) AS points FROM delivery.penalty "
            + "WHERE created_at >= #{from} AND created_at < #{to} AND status IN ('OPEN', 'DISPUTED', 'UPHELD') GROUP BY courier_code) p "
            + "ON p.courier_code = c.code ORDER BY c.code")
    List<ScorecardRow> scorecard(@Param("from") Instant from, @Param("to") Instant to);
}
