package io.mercato.merchants.impl.persistence;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;
import org.apache.ibatis.annotations.Update;

/** Cooperation terms, commission rules and submitted products: all versioned or appended, never rewritten. */
public interface TermsMapper {
    String RULE = "r.id, m.code AS merchant, r.category, r.rate_percent, r.effective_from, r.note, r.created_by, r.created_at";

    @Select("INSERT INTO merchants.terms (merchant_id, version, settlement_cycle, deposit, valid_from, valid_to, note, created_by) "
            + "VALUES (#{id}, (SELECT COALESCE(max(version), 0) + 1 FROM merchants.terms WHERE merchant_id = #{id}), #{cycle}, "
            + "#{deposit}, #{validFrom}, #{validTo}, #{note}, #{createdBy}) RETURNING version")
    int addTerms(@Param("id") long merchantId, @Param("cycle") String cycle, @Param("deposit") BigDecimal deposit,
                 @Param("validFrom") LocalDate validFrom, @Param("validTo") LocalDate validTo, @Param("note") String note,
                 @Param("createdBy") String createdBy);

    @Select("SELECT version, settlement_cycle, deposit, valid_from, valid_to, note, created_by, created_at FROM merchants.terms "
            + "WHERE merchant_id = #{id} ORDER BY version DESC")
    List<TermsRow> terms(@Param("id") long merchantId);

    @Select("INSERT INTO merchants.commission_rule (merchant_id, category, rate_percent, effective_from, note, created_by) "
            + "VALUES (#{merchantId}, #{category}, #{rate}, #{effectiveFrom}, #{note}, #{createdBy}) RETURNING id")
    long addRule(@Param("merchantId") Long merchantId, @Param("category") String category, @Param("rate") BigDecimal rate,
                 @Param("effectiveFrom") LocalDate effectiveFrom, @Param("note") String note, @Param("createdBy") String createdBy);

    @Select("<script>SELECT " + RULE + " FROM merchants.commission_rule r LEFT JOIN merchants.merchant m ON m.id = r.merchant_id "
            + "<where><if test='merchantId != null'>r.merchant_id = #{merchantId}</if>"
            + "<if test='category != null'> AND r.category = #{category}</if></where> "
            + "ORDER BY r.effective_from DESC, r.id DESC LIMIT #{limit} OFFSET #{offset}</script>")
    List<RuleRow> rules(@Param("merchantId") Long merchantId, @Param("category") String category, @Param("limit") int limit,
                        @Param("offset") int offset);

    @Select("<script>SELECT count(*) FROM (SELECT 1 FROM merchants.commission_rule r <where><if test='merchantId != null'>r.merchant_id = #{merchantId}</if>"
            + "<if test='category != null'> AND r.category = #{category}</if></where> LIMIT #{limit}) counted</script>")
    long countRules(@Param("merchantId") Long merchantId, @Param("category") String category, @Param("limit") int limit);

    @Select("SELECT " + RULE + " FROM merchants.commission_rule r LEFT JOIN merchants.merchant m ON m.id = r.merchant_id WHERE r.id = #{id}")
    RuleRow rule(@Param("id") long id);

    /** Every rule that could apply to the merchant and category on the date, the newest of each level first. */
    @Select("SELECT " + RULE + " FROM merchants.commission_rule r LEFT JOIN merchants.merchant m ON m.id = r.merchant_id "
            + "WHERE r.effective_from <= #{date} AND ((r.merchant_id = #{merchantId} AND (r.category = #{category} OR r.category IS NULL)) "
            + "OR (r.merchant_id IS NULL AND r.category = #{category})) ORDER BY r.effective_from DESC, r.id DESC")
    List<RuleRow> candidates(@Param("merchantId") long merchantId, @Param("category") String category, @Param("date") LocalDate date);

    @Select("INSERT INTO merchants.product (merchant_id, merchant_sku, title, category, price, created_by) VALUES (#{id}, #{sku}, "
            + "#{title}, #{category}, #{price}, #{createdBy}) ON CONFLICT (merchant_id, merchant_sku) DO NOTHING RETURNING id")
    Long addProduct(@Param("id") long merchantId, @Param("sku") String sku, @Param("title") String title,
                    @Param("category") String category, @Param("price") BigDecimal price, @Param("createdBy") String createdBy);

    @Update("UPDATE merchants.product SET event_id = #{eventId} WHERE id = #{id}")
    void productPublished(@Param("id") long productId, @Param("eventId") long eventId);

    @Select("SELECT id, merchant_sku, title, category, price, status, created_by, created_at FROM merchants.product "
            + "WHERE merchant_id = #{id} ORDER BY id DESC LIMIT #{limit} OFFSET #{offset}")
    List<ProductRow> products(@Param("id") long merchantId, @Param("limit") int limit, @Param("offset") int offset);

    @Select("SELECT count(*) FROM merchants.product WHERE merchant_id = #{id}")
    long countProducts(@Param("id") long merchantId);

    /** Suspension hides what is listed; reinstating shows it again. Products waiting for review stay as they are. */
    @Update("UPDATE merchants.product SET status = #{to} WHERE merchant_id = #{id} AND status = #{from}")
    int moveProducts(@Param("id") long merchantId, @Param("from") String from, @Param("to") String to);
}
