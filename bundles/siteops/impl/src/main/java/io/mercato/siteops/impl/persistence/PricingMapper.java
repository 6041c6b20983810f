package io.mercato.siteops.impl.persistence;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;
import org.apache.ibatis.annotations.Update;

public interface PricingMapper {
    String PRICING = "SELECT s.sku, p.code AS product_code, p.title, c.code AS category_code, c.margin_floor_percent AS floor_percent, "
            + "x.entered_cost, x.traditional_price, x.price, x.cost, x.cost_source, x.floor_price, coalesce(x.uncompetitive, false) AS uncompetitive, "
            + "x.updated_by, x.updated_at FROM siteops.sku s JOIN siteops.product p ON p.id = s.product_id "
            + "JOIN siteops.category c ON c.id = p.category_id LEFT JOIN siteops.sku_pricing x ON x.sku = s.sku";
    String FILTER = "<where><if test='q != null'>(s.sku ILIKE #{q} OR p.title ILIKE #{q} OR p.code ILIKE #{q})</if>"
            + "<if test='category != null'> AND p.category_id IN " + CatalogMapper.CATEGORY_SUBTREE + "</if>"
            + "<if test='uncompetitive'> AND x.uncompetitive</if>";

    @Select(PRICING + " WHERE s.sku = #{sku}")
    PricingRow pricing(@Param("sku") String sku);

    /** Makes sure the SKU has a pricing row and locks it: price changes of one SKU happen one after the other. */
    @Update("INSERT INTO siteops.sku_pricing (sku, updated_by) VALUES (#{sku}, #{by}) ON CONFLICT (sku) DO NOTHING")
    int ensure(@Param("sku") String sku, @Param("by") String by);

    @Select("SELECT sku FROM siteops.sku_pricing WHERE sku = #{sku} FOR UPDATE")
    String lock(@Param("sku") String sku);

    @Update("UPDATE siteops.sku_pricing SET entered_cost = #{cost}, traditional_price = #{traditionalPrice}, updated_by = #{by}, "
            + "updated_at = now() WHERE sku = #{sku}")
    int basis(@Param("sku") String sku, @Param("cost") BigDecimal cost, @Param("traditionalPrice") BigDecimal traditionalPrice,
              @Param("by") String by);

    @Update("UPDATE siteops.sku_pricing SET cost = #{cost}, cost_source = #{costSource}, floor_price = #{floorPrice}, "
            + "uncompetitive = #{uncompetitive} WHERE sku = #{sku}")
    int evaluated(@Param("sku") String sku, @Param("cost") BigDecimal cost, @Param("costSource") String costSource,
                  @Param("floorPrice") BigDecimal floorPrice, @Param("uncompetitive") boolean uncompetitive);

    @Update("UPDATE siteops.sku_pricing SET price = #{price}, price_change_id = #{changeId}, updated_by = #{by}, updated_at = now() "
            + "WHERE sku = #{sku}")
    int price(@Param("sku") String sku, @Param("price") BigDecimal price, @Param("changeId") long changeId, @Param("by") String by);

    /** One observation per competitor and day: a second on the same day corrects the first. */
    @Update("INSERT INTO siteops.competitor_price (sku, competitor, price, observed_on, source, recorded_by) VALUES (#{sku}, #{competitor}, "
            + "#{price}, #{observedOn}, #{source}, #{by}) ON CONFLICT (sku, competitor, observed_on) DO UPDATE SET price = EXCLUDED.price, "
            + "source = EXCLUDED.source, recorded_by = EXCLUDED.recorded_by, recorded_at = now()")
    int competitor(@Param("sku") String sku, @Param("competitor") String competitor, @Param("price") BigDecimal price,
                   @Param("observedOn") LocalDate observedOn, @Param("source") String source, @Param("by") String by);

    /** Each competitor's latest price observed since a day. */
    @Select("SELECT DISTINCT ON (competitor) competitor, price, observed_on, source, recorded_by FROM siteops.competitor_price "
            + "WHERE sku = #{sku} AND observed_on >= #{since} ORDER BY competitor, observed_on DESC")
    List<CompetitorPriceRow> latestCompetitors(@Param("sku") String sku, @Param("since") LocalDate since);

    @Select("SELECT competitor, price, observed_on, source, recorded_by FROM siteops.competitor_price WHERE sku = #{sku} "
            + "ORDER BY observed_on DESC, competitor LIMIT #{limit}")
    List<CompetitorPriceRow> competitorHistory(@Param("sku") String sku, @Param("limit") int limit);

    @Select("INSERT INTO siteops.price_change (sku, price, previous, cost, cost_source, floor_price, method, explanation, reason, status, "
            + "requested_by) VALUES (#{sku}, #{price}, #{previous}, #{cost}, #{costSource}, #{floorPrice}, #{method}, #{explanation}::jsonb, "
            + "#{reason}, #{status}, #{by}) ON CONFLICT DO NOTHING RETURNING id")
    Long change(@Param("sku") String sku, @Param("price") BigDecimal price, @Param("previous") BigDecimal previous,
                @Param("cost") BigDecimal cost, @Param("costSource") String costSource, @Param("floorPrice") BigDecimal floorPrice,
                @Param("method") String method, @Param("explanation") String explanation, @Param("reason") String reason,
                @Param("status") String status, @Param("by") String by);

    String CHANGE = "SELECT id, number, sku, price, previous, cost, cost_source, floor_price, method, explanation::text AS explanation, reason, "
            + "status, approval_id, requested_by, requested_at, decided_at FROM siteops.price_change";

    @Select(CHANGE + " WHERE id = #{id}")
    PriceChangeRow changeById(@Param("id") long id);

    @Select(CHANGE + " WHERE number = #{number} FOR UPDATE")
    PriceChangeRow lockChange(@Param("number") String number);

    @Select(CHANGE + " WHERE sku = #{sku} AND status = 'PENDING'")
    PriceChangeRow pending(@Param("sku") String sku);

    @Select(CHANGE + " WHERE sku = #{sku} ORDER BY id DESC LIMIT #{limit}")
    List<PriceChangeRow> history(@Param("sku") String sku, @Param("limit") int limit);

    @Update("UPDATE siteops.price_change SET approval_id = #{approvalId} WHERE id = #{id}")
    int approval(@Param("id") long id, @Param("approvalId") long approvalId);

    @Update("UPDATE siteops.price_change SET status = #{status}, decided_at = now() WHERE id = #{id} AND status = 'PENDING'")
    int decide(@Param("id") long id, @Param("status") String status);

    @Select("<script>" + PRICING + FILTER + "<if test='afterSku != null'> AND s.sku &gt; #{afterSku}</if></where> "
            + "ORDER BY s.sku LIMIT #{limit} OFFSET #{offset}</script>")
    List<PricingRow> search(@Param("q") String q, @Param("category") String category, @Param("uncompetitive") boolean uncompetitive,
                            @Param("afterSku") String afterSku, @Param("limit") int limit, @Param("offset") int offset);

    @Select("<script>SELECT count(*) FROM (SELECT 1 FROM siteops.sku s JOIN siteops.product p ON p.id = s.product_id "
            + "LEFT JOIN siteops.sku_pricing x ON x.sku = s.sku" + FILTER + "</where> LIMIT #{limit}) counted</script>")
    long count(@Param("q") String q, @Param("category") String category, @Param("uncompetitive") boolean uncompetitive,
               @Param("limit") int limit);
}
