package io.mercato.merchants.impl.persistence;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;
import org.apache.ibatis.annotations.Update;

/** Commission lines of merchants' sales and their settlements. */
public interface CommissionMapper {
    String LINE = "l.id, m.code AS merchant, l.order_number, l.line_no, l.kind, l.sku, l.category, l.order_date, l.amount, l.rate_percent, "
            + "l.rule_id, l.terms_version, l.commission, l.booked_on, s.number AS settlement FROM merchants.commission_line l "
            + "JOIN merchants.merchant m ON m.id = l.merchant_id LEFT JOIN merchants.settlement s ON s.id = l.settlement_id";
    String SETTLEMENT = "s.id, s.number, m.code AS merchant, s.until, s.lines, s.sales, s.commission, s.payable, s.created_by, s.created_at "
            + "FROM merchants.settlement s JOIN merchants.merchant m ON m.id = s.merchant_id";

    @Select("SELECT category FROM merchants.product WHERE merchant_id = #{merchantId} AND merchant_sku = #{sku}")
    String category(@Param("merchantId") long merchantId, @Param("sku") String sku);

    @Select("SELECT version FROM merchants.terms WHERE merchant_id = #{merchantId} AND valid_from <= #{date} "
            + "AND (valid_to IS NULL OR valid_to >= #{date}) ORDER BY version DESC LIMIT 1")
    Integer termsVersion(@Param("merchantId") long merchantId, @Param("date") LocalDate date);

    /** The new line's id, or null when this order line's commission (or its return) was booked before. */
    @Select("INSERT INTO merchants.commission_line (merchant_id, order_number, line_no, kind, sku, category, order_date, amount, rate_percent, "
            + "rule_id, terms_version, commission, booked_on) VALUES (#{merchantId}, #{order}, #{lineNo}, #{kind}, #{sku}, #{category}, #{orderDate}, "
            + "#{amount}, #{rate}, #{ruleId}, #{termsVersion}, #{commission}, #{bookedOn}) ON CONFLICT (order_number, line_no, kind) DO NOTHING RETURNING id")
    Long insertLine(@Param("merchantId") long merchantId, @Param("order") String order, @Param("lineNo") int lineNo, @Param("kind") String kind,
                    @Param("sku") String sku, @Param("category") String category, @Param("orderDate") LocalDate orderDate,
                    @Param("amount") BigDecimal amount, @Param("rate") BigDecimal rate, @Param("ruleId") Long ruleId,
                    @Param("termsVersion") Integer termsVersion, @Param("commission") BigDecimal commission, @Param("bookedOn") LocalDate bookedOn);

    @Select("SELECT " + LINE + " WHERE l.order_number = #{order} AND l.line_no = #{lineNo} AND l.kind = 'SALE'")
    CommissionLineRow sale(@Param("order") String order, @Param("lineNo") int lineNo);

    @Select("<script>SELECT " + LINE + " WHERE l.merchant_id = #{merchantId}<if test='unsettled'> AND l.settlement_id IS NULL</if>"
            + "<if test='beforeId != null'> AND l.id &lt; #{beforeId}</if> ORDER BY l.id DESC LIMIT #{limit} OFFSET #{offset}</script>")
    List<CommissionLineRow> lines(@Param("merchantId") long merchantId, @Param("unsettled") boolean unsettled, @Param("beforeId") Long beforeId,
                                  @Param("limit") int limit, @Param("offset") int offset);

    @Select("<script>SELECT count(*) FROM (SELECT 1 FROM merchants.commission_line l WHERE l.merchant_id = #{merchantId}"
            + "<if test='unsettled'> AND l.settlement_id IS NULL</if> LIMIT #{limit}) counted</script>")
    long lineCount(@Param("merchantId") long merchantId, @Param("unsettled") boolean unsettled, @Param("limit") int limit);

    @Select("SELECT " + LINE + " WHERE l.settlement_id = #{id} ORDER BY l.booked_on, l.id")
    List<CommissionLineRow> settledLines(@Param("id") long settlementId);

    @Select("INSERT INTO merchants.settlement (number, merchant_id, until, created_by) VALUES ('ST-' || lpad(nextval('merchants.settlement_number')::text, "
            + "7, '0'), #{merchantId}, #{until}, #{createdBy}) RETURNING id")
    long insertSettlement(@Param("merchantId") long merchantId, @Param("until") LocalDate until, @Param("createdBy") String createdBy);

    /**
     * Takes every unsettled line of the merchant booked up to the day into the settlement; a line another run took a moment
     * ago is no longer unsettled when this one reaches it, so each line is settled once.
     */
    @Update("UPDATE merchants.commission_line SET settlement_id = #{id} WHERE merchant_id = #{merchantId} AND settlement_id IS NULL "
            + "AND booked_on <= #{until}")
    int settle(@Param("id") long settlementId, @Param("merchantId") long merchantId, @Param("until") LocalDate until);

    @Update("UPDATE merchants.settlement s SET lines = t.lines, sales = t.sales, commission = t.commission, payable = t.sales - t.commission "
            + "FROM (SELECT count(*) AS lines, COALESCE(sum(amount), 0) AS sales, COALESCE(sum(commission), 0) AS commission "
            + "FROM merchants.commission_line WHERE settlement_id = #{id}) t WHERE s.id = #{id}")
    int total(@Param("id") long settlementId);

    @Select("SELECT " + SETTLEMENT + " WHERE s.id = #{id}")
    SettlementRow settlementById(@Param("id") long id);

    @Select("SELECT " + SETTLEMENT + " WHERE s.number = #{number}")
    SettlementRow settlement(@Param("number") String number);

    @Select("<script>SELECT " + SETTLEMENT + "<where><if test='merchantId != null'>s.merchant_id = #{merchantId}</if>"
            + "<if test='beforeId != null'> AND s.id &lt; #{beforeId}</if></where> ORDER BY s.id DESC LIMIT #{limit} OFFSET #{offset}</script>")
    List<SettlementRow> settlements(@Param("merchantId") Long merchantId, @Param("beforeId") Long beforeId, @Param("limit") int limit,
                                    @Param("offset") int offset);

    @Select("<script>SELECT count(*) FROM (SELECT 1 FROM merchants.settlement s<where><if test='merchantId != null'>s.merchant_id = #{merchantId}</if>"
            + "</where> LIMIT #{limit}) counted</script>")
    long settlementCount(@Param("merchantId") Long merchantId, @Param("limit") int limit);

    /** Merchants with lines to settle up to the day, and the settlement cycle of their terms in force then. */
    @Select("SELECT DISTINCT l.merchant_id FROM merchants.commission_line l JOIN merchants.merchant m ON m.id = l.merchant_id "
            + "WHERE l.settlement_id IS NULL AND l.booked_on <= #{until} AND m.status = 'ACTIVE' ORDER BY l.merchant_id")
    List<Long> merchantsToSettle(@Param("until") LocalDate until);

    /** Commission lines: each names a delivery department's sales order. */
    @Select("SELECT count(*) FROM merchants.commission_line")
    long linesNamingSalesOrders();
}
