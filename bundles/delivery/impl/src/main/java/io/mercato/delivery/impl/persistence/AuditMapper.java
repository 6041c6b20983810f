package io.mercato.delivery.impl.persistence;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;
import org.apache.ibatis.annotations.Update;

/** Delivery standards, incidents, penalties and the monthly courier scorecard. */
public interface AuditMapper {
    String PENALTY = "p.id, p.courier_code, s.number AS shipment, o.number AS order_number, p.kind, p.amount, p.points, p.standards_version, "
            + "p.evidence, p.status, p.dispute_until, p.objection, p.decision_reason, p.decided_by, p.decided_at, p.created_at "
            + "FROM delivery.penalty p JOIN delivery.shipment s ON s.id = p.shipment_id JOIN delivery.sales_order o ON o.id = s.order_id";

    @Select("SELECT version, settings::text AS settings, note, created_by, created_at FROM delivery.standards ORDER BY version DESC LIMIT 1")
    RiskRulesRow currentStandards();

    @Select("SELECT version, settings::text AS settings, note, created_by, created_at FROM delivery.standards ORDER BY version DESC LIMIT 50")
    List<RiskRulesRow> standardsVersions();

    @Select("INSERT INTO delivery.standards (version, settings, note, created_by) VALUES (#{version}, #{settings}::jsonb, #{note}, #{createdBy}) "
            + "ON CONFLICT (version) DO NOTHING RETURNING version")
    Integer insertStandards(@Param("version") int version, @Param("settings") String settings, @Param("note") String note,
                            @Param("createdBy") String createdBy);

    @Select("INSERT INTO delivery.incident (shipment_id, kind, note, recorded_by) VALUES (#{shipmentId}, #{kind}, #{note}, #{by}) RETURNING id")
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
    @Select("SELECT c.code AS courier, c.name, c.monthly_penalty_cap AS cap, count(s.id) AS shipments, "
            + "count(s.delivered_at) AS delivered, "
            + "count(*) FILTER (WHERE (s.delivered_at AT TIME ZONE 'Asia/Shanghai')::date <= s.promised_by) AS on_time, "
            + "count(*) FILTER (WHERE s.delivered_at IS NOT NULL AND NOT EXISTS (SELECT 1 FROM delivery.shipment_event e WHERE e.shipment_id = s.id "
            + "AND e.kind = 'FAILED')) AS first_attempt, "
            + "count(*) FILTER (WHERE EXISTS (SELECT 1 FROM delivery.shipment_event e WHERE e.shipment_id = s.id)) AS tracked, "
            + "count(*) FILTER (WHERE EXISTS (SELECT 1 FROM delivery.incident i WHERE i.shipment_id = s.id AND i.kind = 'DAMAGED')) AS damaged, "
            + "count(*) FILTER (WHERE EXISTS (SELECT 1 FROM delivery.incident i WHERE i.shipment_id = s.id AND i.kind = 'LOST')) AS lost, "
            + "count(*) FILTER (WHERE EXISTS (SELECT 1 FROM delivery.incident i WHERE i.shipment_id = s.id AND i.kind = 'COMPLAINT')) AS complaints, "
            + "COALESCE((SELECT sum(p.amount) FROM delivery.penalty p WHERE p.courier_code = c.code AND p.created_at >= #{from} "
            + "AND p.created_at < #{to} AND p.status IN ('OPEN', 'DISPUTED', 'UPHELD')), 0) AS penalties, "
            + "COALESCE((SELECT sum(p.points) FROM delivery.penalty p WHERE p.courier_code = c.code AND p.created_at >= #{from} "
            + "AND p.created_at < #{to} AND p.status IN ('OPEN', 'DISPUTED', 'UPHELD')), 0) AS points "
            + "FROM delivery.courier c LEFT JOIN delivery.shipment s ON s.courier_code = c.code AND s.shipped_at >= #{from} AND s.shipped_at < #{to} "
            + "GROUP BY c.code, c.name, c.monthly_penalty_cap ORDER BY c.code")
    List<ScorecardRow> scorecard(@Param("from") Instant from, @Param("to") Instant to);
}
