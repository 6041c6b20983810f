package io.mercato.crm.impl.persistence;

import java.time.LocalDate;
import java.util.List;
import org.apache.ibatis.annotations.Insert;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;
import org.apache.ibatis.annotations.Update;

public interface PointsMapper {
    String ENTRY = "SELECT id, kind, points, balance_after, cause, order_number, line_no, reason, unrecovered, lot_id, source_entry_id, "
            + "created_by, created_at FROM crm.points_entry";

    @Select("INSERT INTO crm.points_lot (member_id, earned, remaining, earned_on, expires_on) VALUES (#{memberId}, #{points}, #{points}, "
            + "#{earnedOn}, #{expiresOn}) RETURNING id")
    long insertLot(@Param("memberId") long memberId, @Param("points") long points, @Param("earnedOn") LocalDate earnedOn,
                   @Param("expiresOn") LocalDate expiresOn);

    /** The entry's id, or null when this member already has an entry of this kind for this cause. */
    @Select("INSERT INTO crm.points_entry (member_id, kind, points, balance_after, cause, order_number, line_no, reason, unrecovered, lot_id, "
            + "source_entry_id, created_by) VALUES (#{memberId}, #{kind}, #{points}, #{balanceAfter}, #{cause}, #{order}, #{lineNo}, "
            + "#{reason}, #{unrecovered}, #{lotId}, #{sourceEntryId}, #{createdBy}) ON CONFLICT (member_id, kind, cause) DO NOTHING RETURNING id")
    Long insertEntry(@Param("memberId") long memberId, @Param("kind") String kind, @Param("points") long points,
                     @Param("balanceAfter") long balanceAfter, @Param("cause") String cause, @Param("order") String order,
                     @Param("lineNo") Integer lineNo, @Param("reason") String reason, @Param("unrecovered") long unrecovered,
                     @Param("lotId") Long lotId, @Param("sourceEntryId") Long sourceEntryId, @Param("createdBy") String createdBy);

    @Select("SELECT EXISTS (SELECT 1 FROM crm.points_entry WHERE member_id = #{memberId} AND kind = #{kind} AND cause = #{cause})")
    boolean hasEntry(@Param("memberId") long memberId, @Param("kind") String kind, @Param("cause") String cause);

    @Select(ENTRY + " WHERE member_id = #{memberId} AND kind = #{kind} AND cause = #{cause}")
    PointsEntryRow entry(@Param("memberId") long memberId, @Param("kind") String kind, @Param("cause") String cause);

    /** The lots with points left, oldest expiry first (the order points are taken in); the caller holds the member row. */
    @Select("SELECT id, earned, remaining, earned_on, expires_on FROM crm.points_lot WHERE member_id = #{memberId} AND remaining > 0 "
            + "ORDER BY expires_on, id FOR UPDATE")
    List<LotRow> openLots(@Param("memberId") long memberId);

    @Select("SELECT id, earned, remaining, earned_on, expires_on FROM crm.points_lot WHERE member_id = #{memberId} "
            + "ORDER BY (remaining > 0) DESC, expires_on, id LIMIT #{limit}")
    List<LotRow> lots(@Param("memberId") long memberId, @Param("limit") int limit);

    @Update("UPDATE crm.points_lot SET remaining = remaining - #{points} WHERE id = #{lotId} AND remaining >= #{points}")
    int take(@Param("lotId") long lotId, @Param("points") long points);

    @Insert("INSERT INTO crm.points_take (entry_id, lot_id, points) VALUES (#{entryId}, #{lotId}, #{points})")
    int recordTake(@Param("entryId") long entryId, @Param("lotId") long lotId, @Param("points") long points);

    @Select("<script>" + ENTRY + " WHERE member_id = #{memberId}<if test='beforeId != null'> AND id &lt; #{beforeId}</if> "
            + "ORDER BY id DESC LIMIT #{limit}</script>")
    List<PointsEntryRow> entries(@Param("memberId") long memberId, @Param("beforeId") Long beforeId, @Param("limit") int limit);

    @Select("SELECT count(*) FROM (SELECT 1 FROM crm.points_entry WHERE member_id = #{memberId} LIMIT #{limit}) counted")
    long countEntries(@Param("memberId") long memberId, @Param("limit") int limit);

    /** The earning entries of an order's lines with what was reversed of each so far. */
    @Select("SELECT e.id AS entry_id, e.line_no, l.quantity, e.points AS points_earned, e.lot_id, "
            + "coalesce((SELECT sum(r.unrecovered - r.points) FROM crm.points_entry r WHERE r.source_entry_id = e.id "
            + "AND r.kind = 'REVERSE'), 0) AS reversed "
            + "FROM crm.points_entry e JOIN crm.member_order_line l ON l.order_number = e.order_number AND l.line_no = e.line_no "
            + "WHERE e.member_id = #{memberId} AND e.order_number = #{order} AND e.kind = 'EARN' ORDER BY e.line_no")
    List<EarnedLineRow> earnedLines(@Param("memberId") long memberId, @Param("order") String order);

    /** The spends booked against an order (a return gives them back). */
    @Select(ENTRY + " WHERE member_id = #{memberId} AND order_number = #{order} AND kind = 'SPEND' ORDER BY id")
    List<PointsEntryRow> spendsOn(@Param("memberId") long memberId, @Param("order") String order);

    /** Members with lots expired by {@code today} and points left in them, a batch at a time. */
    @Select("SELECT DISTINCT member_id FROM crm.points_lot WHERE remaining > 0 AND expires_on <= #{today} ORDER BY member_id LIMIT #{limit}")
    List<Long> expiring(@Param("today") LocalDate today, @Param("limit") int limit);

    @Select("SELECT id, earned, remaining, earned_on, expires_on FROM crm.points_lot WHERE member_id = #{memberId} AND remaining > 0 "
            + "AND expires_on <= #{today} ORDER BY expires_on, id FOR UPDATE")
    List<LotRow> expiredLots(@Param("memberId") long memberId, @Param("today") LocalDate today);

    /** The member's balance as the ledger gives it, and as the lots give it: both must equal the member row's. */
    @Select("SELECT coalesce(sum(points), 0) FROM crm.points_entry WHERE member_id = #{memberId}")
    long ledgerSum(@Param("memberId") long memberId);

    @Select("SELECT coalesce(sum(remaining), 0) FROM crm.points_lot WHERE member_id = #{memberId}")
    long lotsSum(@Param("memberId") long memberId);
}
