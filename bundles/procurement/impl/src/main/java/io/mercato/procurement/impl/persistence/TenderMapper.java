package io.mercato.procurement.impl.persistence;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.apache.ibatis.annotations.Delete;
import org.apache.ibatis.annotations.Insert;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;
import org.apache.ibatis.annotations.Update;

/** Tenders, their items and invitations, bids (every version kept) and awards. */
public interface TenderMapper {
    String COLUMNS = "id, number, title, status, deadline, warehouse_code, early_open_requested_by, early_open_requested_at, opened_by, opened_at, "
            + "award_justification, approval_id, awarded_at, cancel_reason, org_department, created_by, created_at";
    String BID = "b.id, b.supplier_id, s.code AS supplier_code, b.version, b.channel, b.digest, b.nonce, b.submitted_by, b.submitted_at";

    @Select("INSERT INTO procurement.tender (number, title, deadline, warehouse_code, org_department, created_by) VALUES ('TD-' || "
            + "lpad(nextval('procurement.tender_number')::text, 6, '0'), #{title}, #{deadline}, #{warehouseCode}, #{orgDepartment}, "
            + "#{createdBy}) RETURNING number")
    String insert(@Param("title") String title, @Param("deadline") Instant deadline, @Param("warehouseCode") String warehouseCode,
                  @Param("orgDepartment") String orgDepartment, @Param("createdBy") String createdBy);

    @Select("SELECT " + COLUMNS + " FROM procurement.tender WHERE number = #{number}")
    TenderRow find(@Param("number") String number);

    @Select("SELECT " + COLUMNS + " FROM procurement.tender WHERE number = #{number} FOR UPDATE")
    TenderRow lock(@Param("number") String number);

    /** Bids hold this while they are taken, so opening (which locks for update) waits for them and they for it. */
    @Select("SELECT " + COLUMNS + " FROM procurement.tender WHERE number = #{number} FOR SHARE")
    TenderRow lockShared(@Param("number") String number);

    @Select("SELECT " + COLUMNS + " FROM procurement.tender WHERE id = #{id}")
    TenderRow byId(@Param("id") long id);

    @Select("<script>SELECT " + COLUMNS + " FROM procurement.tender <where><if test='q != null'>(number ILIKE #{q} OR title ILIKE #{q})</if>"
            + "<if test='status != null'> AND status = #{status}</if><if test='supplierId != null'> AND id IN (SELECT tender_id FROM "
            + "procurement.tender_invitation WHERE supplier_id = #{supplierId})</if></where> ORDER BY id DESC LIMIT #{limit} OFFSET #{offset}</script>")
    List<TenderRow> search(@Param("q") String q, @Param("status") String status, @Param("supplierId") Long supplierId,
                           @Param("limit") int limit, @Param("offset") int offset);

    @Select("<script>SELECT count(*) FROM (SELECT 1 FROM procurement.tender <where><if test='q != null'>(number ILIKE #{q} OR title ILIKE #{q})</if>"
            + "<if test='status != null'> AND status = #{status}</if><if test='supplierId != null'> AND id IN (SELECT tender_id FROM "
            + "procurement.tender_invitation WHERE supplier_id = #{supplierId})</if></where> LIMIT #{limit}) counted</script>")
    long count(@Param("q") String q, @Param("status") String status, @Param("supplierId") Long supplierId, @Param("limit") int limit);

    @Insert("INSERT INTO procurement.tender_item (tender_id, item_no, sku, quantity, needed_by) VALUES (#{id}, #{itemNo}, #{sku}, "
            + "#{quantity}, #{neededBy})")
    void insertItem(@Param("id") long tenderId, @Param("itemNo") int itemNo, @Param("sku") String sku, @Param("quantity") int quantity,
                    @Param("neededBy") LocalDate neededBy);

    @Select("SELECT item_no, sku, quantity, needed_by FROM procurement.tender_item WHERE tender_id = #{id} ORDER BY item_no")
    List<TenderItemRow> items(@Param("id") long tenderId);

    @Insert("INSERT INTO procurement.tender_invitation (tender_id, supplier_id) VALUES (#{id}, #{supplierId})")
    void invite(@Param("id") long tenderId, @Param("supplierId") long supplierId);

    @Select("SELECT i.supplier_id, s.code AS supplier_code, s.name AS supplier_name FROM procurement.tender_invitation i "
            + "JOIN procurement.supplier s ON s.id = i.supplier_id WHERE i.tender_id = #{id} ORDER BY s.code")
    List<InvitationRow> invitations(@Param("id") long tenderId);

    /** Locks the supplier's invitation: one bid at a time per supplier and tender. Null when not invited. */
    @Select("SELECT supplier_id FROM procurement.tender_invitation WHERE tender_id = #{id} AND supplier_id = #{supplierId} FOR UPDATE")
    Long lockInvitation(@Param("id") long tenderId, @Param("supplierId") long supplierId);

    @Select("SELECT COALESCE(max(version), 0) + 1 FROM procurement.bid WHERE tender_id = #{id} AND supplier_id = #{supplierId}")
    int nextVersion(@Param("id") long tenderId, @Param("supplierId") long supplierId);

    @Update("UPDATE procurement.bid SET live = false WHERE tender_id = #{id} AND supplier_id = #{supplierId} AND live")
    int retire(@Param("id") long tenderId, @Param("supplierId") long supplierId);

    @Select("INSERT INTO procurement.bid (tender_id, supplier_id, version, channel, digest, nonce, submitted_by, submitted_at) VALUES "
            + "(#{id}, #{supplierId}, #{version}, #{channel}, #{digest}, #{nonce}, #{submittedBy}, #{submittedAt}) RETURNING id")
    long insertBid(@Param("id") long tenderId, @Param("supplierId") long supplierId, @Param("version") int version,
                   @Param("channel") String channel, @Param("digest") String digest, @Param("nonce") String nonce,
                   @Param("submittedBy") String submittedBy, @Param("submittedAt") Instant submittedAt);

    @Insert("INSERT INTO procurement.bid_line (bid_id, item_no, unit_price, lead_time_days, min_quantity, max_quantity, valid_until) "
            + "VALUES (#{bidId}, #{itemNo}, #{unitPrice}, #{leadTimeDays}, #{minQuantity}, #{maxQuantity}, #{validUntil})")
    void insertBidLine(@Param("bidId") long bidId, @Param("itemNo") int itemNo, @Param("unitPrice") BigDecimal unitPrice,
                       @Param("leadTimeDays") int leadTimeDays, @Param("minQuantity") int minQuantity,
                       @Param("maxQuantity") Integer maxQuantity, @Param("validUntil") LocalDate validUntil);

    @Select("SELECT count(*) FROM procurement.bid WHERE tender_id = #{id} AND live")
    int liveBidCount(@Param("id") long tenderId);

    /** Live bids per tender of a page, in one statement (tenders without bids are absent). */
    @Select("<script>SELECT tender_id, count(*) AS bids FROM procurement.bid WHERE live AND tender_id IN "
            + "<foreach item='id' collection='ids' open='(' separator=',' close=')'>#{id}</foreach> GROUP BY tender_id</script>")
    List<BidCountRow> liveBidCounts(@Param("ids") List<Long> tenderIds);

    @Select("SELECT " + BID + " FROM procurement.bid b JOIN procurement.supplier s ON s.id = b.supplier_id "
            + "WHERE b.tender_id = #{id} AND b.live ORDER BY s.code")
    List<BidRow> liveBids(@Param("id") long tenderId);

    @Select("SELECT " + BID + " FROM procurement.bid b JOIN procurement.supplier s ON s.id = b.supplier_id "
            + "WHERE b.tender_id = #{id} AND b.supplier_id = #{supplierId} AND b.live")
    BidRow liveBidOf(@Param("id") long tenderId, @Param("supplierId") long supplierId);

    @Select("SELECT l.bid_id, l.item_no, l.unit_price, l.lead_time_days, l.min_quantity, l.max_quantity, l.valid_until "
            + "FROM procurement.bid_line l JOIN procurement.bid b ON b.id = l.bid_id WHERE b.tender_id = #{id} AND b.live "
            + "ORDER BY l.bid_id, l.item_no")
    List<BidLineRow> liveBidLines(@Param("id") long tenderId);

    @Select("SELECT bid_id, item_no, unit_price, lead_time_days, min_quantity, max_quantity, valid_until FROM procurement.bid_line "
            + "WHERE bid_id = #{bidId} ORDER BY item_no")
    List<BidLineRow> bidLines(@Param("bidId") long bidId);

    @Update("UPDATE procurement.tender SET early_open_requested_by = #{by}, early_open_requested_at = now() WHERE id = #{id}")
    void requestEarlyOpening(@Param("id") long tenderId, @Param("by") String by);

    @Update("UPDATE procurement.tender SET status = 'OPENED', opened_by = #{by}, opened_at = now() WHERE id = #{id} AND status = 'OPEN'")
    int open(@Param("id") long tenderId, @Param("by") String by);

    @Update("UPDATE procurement.tender SET status = #{status}, award_justification = #{justification}, approval_id = #{approvalId}, "
            + "awarded_at = CASE WHEN #{status} = 'AWARDED' THEN now() END WHERE id = #{id}")
    void setAward(@Param("id") long tenderId, @Param("status") String status, @Param("justification") String justification,
                  @Param("approvalId") Long approvalId);

    @Update("UPDATE procurement.tender SET status = 'CANCELLED', cancel_reason = #{reason} WHERE id = #{id}")
    void cancel(@Param("id") long tenderId, @Param("reason") String reason);

    @Insert("INSERT INTO procurement.award (tender_id, item_no, bid_id, proposed) VALUES (#{id}, #{itemNo}, #{bidId}, #{proposed})")
    void insertAward(@Param("id") long tenderId, @Param("itemNo") int itemNo, @Param("bidId") long bidId, @Param("proposed") boolean proposed);

    @Update("UPDATE procurement.award SET purchase_order = #{order} WHERE tender_id = #{id} AND item_no = #{itemNo}")
    void awardOrdered(@Param("id") long tenderId, @Param("itemNo") int itemNo, @Param("order") String order);

    @Delete("DELETE FROM procurement.award WHERE tender_id = #{id}")
    void dropAwards(@Param("id") long tenderId);

    @Select("SELECT a.item_no, a.bid_id, s.code AS supplier_code, a.proposed, a.purchase_order FROM procurement.award a "
            + "JOIN procurement.bid b ON b.id = a.bid_id JOIN procurement.supplier s ON s.id = b.supplier_id "
            + "WHERE a.tender_id = #{id} ORDER BY a.item_no")
    List<AwardRow> awards(@Param("id") long tenderId);

    @Update("UPDATE procurement.tender SET org_department = #{to} WHERE org_department = #{from}")
    int reown(@Param("from") String from, @Param("to") String to);

    @Insert("INSERT INTO procurement.supplier_account (username, supplier_id, created_by) VALUES (#{username}, #{supplierId}, #{createdBy})")
    void insertAccount(@Param("username") String username, @Param("supplierId") long supplierId, @Param("createdBy") String createdBy);

    @Select("SELECT supplier_id FROM procurement.supplier_account WHERE username = #{username}")
    Long supplierOf(@Param("username") String username);

    @Select("SELECT username FROM procurement.supplier_account WHERE supplier_id = #{supplierId} ORDER BY username")
    List<String> accountsOf(@Param("supplierId") long supplierId);
}
