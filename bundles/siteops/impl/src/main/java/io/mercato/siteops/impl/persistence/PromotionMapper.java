package io.mercato.siteops.impl.persistence;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;
import org.apache.ibatis.annotations.Update;

public interface PromotionMapper {
    String PROMOTION = "SELECT pr.id, pr.number, pr.name, pr.kind, pr.value, pr.threshold, pr.min_quantity, pr.scope, "
            + "(SELECT string_agg(p.code, ',' ORDER BY p.code) FROM siteops.product p WHERE p.id = ANY(pr.product_ids)) AS products, "
            + "c.code AS category_code, array_to_string(pr.member_tiers, ',') AS member_tiers, pr.occasion, pr.starts_at, pr.ends_at, "
            + "pr.stack_group, pr.priority, pr.status, pr.approval_id, pr.created_by, pr.created_at "
            + "FROM siteops.promotion pr LEFT JOIN siteops.category c ON c.id = pr.category_id";
    /** Promotions covering a product: the whole shop, the product itself, or its category or one above it. */
    String COVERS = "(pr.scope = 'ALL' OR (pr.scope = 'PRODUCT' AND #{productId} = ANY(pr.product_ids)) OR (pr.scope = 'CATEGORY' "
            + "AND pr.category_id IN (WITH RECURSIVE up AS (SELECT c.id, c.parent_id FROM siteops.category c JOIN siteops.product p "
            + "ON p.category_id = c.id WHERE p.id = #{productId} UNION ALL SELECT c.id, c.parent_id FROM siteops.category c "
            + "JOIN up ON c.id = up.parent_id) SELECT id FROM up)))";

    @Select("INSERT INTO siteops.promotion (name, kind, value, threshold, min_quantity, scope, product_ids, category_id, member_tiers, occasion, "
            + "starts_at, ends_at, stack_group, priority, status, created_by) VALUES (#{name}, #{kind}, #{value}, #{threshold}, #{minQuantity}, "
            + "#{scope}, (SELECT coalesce(array_agg(id ORDER BY id), '{}') FROM siteops.product WHERE code IN "
            + "(SELECT jsonb_array_elements_text(#{products}::jsonb))), #{categoryId}, ARRAY(SELECT jsonb_array_elements_text(#{tiers}::jsonb)), "
            + "#{occasion}, #{startsAt}, #{endsAt}, #{stackGroup}, #{priority}, #{status}, #{createdBy}) RETURNING id")
    long insert(@Param("name") String name, @Param("kind") String kind, @Param("value") BigDecimal value, @Param("threshold") BigDecimal threshold,
                @Param("minQuantity") Integer minQuantity, @Param("scope") String scope, @Param("products") String productsJson,
                @Param("categoryId") Long categoryId, @Param("tiers") String tiersJson, @Param("occasion") String occasion,
                @Param("startsAt") Instant startsAt, @Param("endsAt") Instant endsAt, @Param("stackGroup") String stackGroup,
                @Param("priority") int priority, @Param("status") String status, @Param("createdBy") String createdBy);

    @Select("SELECT count(*) FROM siteops.product WHERE code IN (SELECT jsonb_array_elements_text(#{products}::jsonb))")
    int countProducts(@Param("products") String productsJson);

    @Select(PROMOTION + " WHERE pr.id = #{id}")
    PromotionRow byId(@Param("id") long id);

    @Select(PROMOTION + " WHERE pr.number = #{number}")
    PromotionRow promotion(@Param("number") String number);

    @Select(PROMOTION + " WHERE pr.number = #{number} FOR UPDATE OF pr")
    PromotionRow lock(@Param("number") String number);

    /** Promotions overlapping a time range (the calendar), earliest first. */
    @Select("<script>" + PROMOTION + " WHERE pr.ends_at &gt; #{from} AND pr.starts_at &lt; #{to}<if test='status != null'> AND pr.status = #{status}</if>"
            + " ORDER BY pr.starts_at, pr.id LIMIT 500</script>")
    List<PromotionRow> overlapping(@Param("from") Instant from, @Param("to") Instant to, @Param("status") String status);

    /** Approved promotions covering a product at a time, for a member tier (null: not a member). */
    @Select("SELECT pr.id, pr.number, pr.name, pr.kind, pr.value, pr.threshold, pr.min_quantity, pr.stack_group, pr.priority "
            + "FROM siteops.promotion pr WHERE pr.status = 'APPROVED' AND pr.starts_at <= #{at} AND pr.ends_at > #{at} "
            + "AND (cardinality(pr.member_tiers) = 0 OR #{tier} = ANY(pr.member_tiers)) AND " + COVERS)
    List<CandidateRow> inForce(@Param("productId") long productId, @Param("at") Instant at, @Param("tier") String tier);

    /** Approved promotions covering a product that have not ended, for any tier: what could take its price down. */
    @Select("SELECT pr.id, pr.number, pr.name, pr.kind, pr.value, pr.threshold, pr.min_quantity, pr.stack_group, pr.priority "
            + "FROM siteops.promotion pr WHERE pr.status = 'APPROVED' AND pr.ends_at > now() AND " + COVERS)
    List<CandidateRow> notEnded(@Param("productId") long productId);

    @Select("SELECT s.product_id FROM siteops.sku s WHERE s.sku = #{sku}")
    Long productOfSku(@Param("sku") String sku);

    @Update("UPDATE siteops.promotion SET approval_id = #{approvalId} WHERE id = #{id}")
    int approval(@Param("id") long id, @Param("approvalId") long approvalId);

    @Update("UPDATE siteops.promotion SET status = #{status}, updated_at = now() WHERE id = #{id} AND status = #{from}")
    int status(@Param("id") long id, @Param("from") String from, @Param("status") String status);

    /** Units, revenue and cost of the promotion's SKUs on the days of a window, from the sales read model. */
    @Select("SELECT coalesce(sum(d.units), 0) AS units, coalesce(sum(d.revenue), 0) AS revenue, coalesce(sum(d.units * x.cost), 0) AS cost "
            + "FROM siteops.sales_day d JOIN siteops.sku s ON s.sku = d.sku JOIN siteops.product p ON p.id = s.product_id "
            + "LEFT JOIN siteops.sku_pricing x ON x.sku = d.sku, siteops.promotion pr WHERE pr.id = #{promotionId} "
            + "AND d.day >= #{from} AND d.day <= #{to} AND (pr.scope = 'ALL' OR (pr.scope = 'PRODUCT' AND p.id = ANY(pr.product_ids)) "
            + "OR (pr.scope = 'CATEGORY' AND p.category_id IN (WITH RECURSIVE down AS (SELECT pr.category_id AS id UNION ALL "
            + "SELECT c.id FROM siteops.category c JOIN down ON c.parent_id = down.id) SELECT id FROM down)))")
    EffectRow effect(@Param("promotionId") long promotionId, @Param("from") LocalDate from, @Param("to") LocalDate to);
}
