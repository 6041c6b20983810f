package io.mercato.siteops.impl.persistence;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;
import org.apache.ibatis.annotations.Update;

public interface AnalysisMapper {
    /** Records a delivered line once and adds it to its SKU's day; 0 when it was recorded before (a redelivery). */
    @Update("WITH added AS (INSERT INTO siteops.sales_line (order_number, line_no, sku, quantity, amount, delivered_on) VALUES (#{order}, "
            + "#{lineNo}, #{sku}, #{quantity}, #{amount}, #{day}) ON CONFLICT DO NOTHING RETURNING sku, delivered_on, quantity, amount) "
            + "INSERT INTO siteops.sales_day (sku, day, units, revenue) SELECT sku, delivered_on, quantity, amount FROM added "
            + "ON CONFLICT (sku, day) DO UPDATE SET units = siteops.sales_day.units + EXCLUDED.units, revenue = siteops.sales_day.revenue + EXCLUDED.revenue")
    int delivered(@Param("order") String order, @Param("lineNo") int lineNo, @Param("sku") String sku, @Param("quantity") int quantity,
                  @Param("amount") BigDecimal amount, @Param("day") LocalDate day);

    /** Takes a returned order's lines off their days, once. */
    @Update("WITH back AS (UPDATE siteops.sales_line SET returned = true WHERE order_number = #{order} AND NOT returned "
            + "RETURNING sku, delivered_on, quantity, amount) INSERT INTO siteops.sales_day (sku, day, units, revenue) "
            + "SELECT sku, delivered_on, -sum(quantity), -sum(amount) FROM back GROUP BY sku, delivered_on "
            + "ON CONFLICT (sku, day) DO UPDATE SET units = siteops.sales_day.units + EXCLUDED.units, revenue = siteops.sales_day.revenue + EXCLUDED.revenue")
    int returned(@Param("order") String order);

    /**
     * Per SKU of every product that is not a draft: units in the recent and previous windows, recent revenue, cost. The
     * window's daily totals are summed per SKU first (one pass over them), then joined to the catalog.
     */
    @Select("SELECT s.product_id, s.sku, coalesce(d.recent_units, 0) AS recent_units, coalesce(d.previous_units, 0) AS previous_units, "
            + "coalesce(d.revenue, 0) AS revenue, x.cost FROM siteops.sku s JOIN siteops.product p ON p.id = s.product_id AND p.status <> 'DRAFT' "
            + "LEFT JOIN (SELECT sku, sum(units) FILTER (WHERE day > #{recentFrom})::int AS recent_units, "
            + "sum(units) FILTER (WHERE day <= #{recentFrom})::int AS previous_units, sum(revenue) FILTER (WHERE day > #{recentFrom}) AS revenue "
            + "FROM siteops.sales_day WHERE day > #{previousFrom} AND day <= #{asOf} GROUP BY sku) d ON d.sku = s.sku "
            + "LEFT JOIN siteops.sku_pricing x ON x.sku = s.sku")
    List<SkuSalesRow> skuSales(@Param("asOf") LocalDate asOf, @Param("recentFrom") LocalDate recentFrom, @Param("previousFrom") LocalDate previousFrom);

    /** The SKUs of every product that is not a draft: what the warehouse is asked for stock of. */
    @Select("SELECT s.sku FROM siteops.sku s JOIN siteops.product p ON p.id = s.product_id AND p.status <> 'DRAFT'")
    List<String> classifiedSkus();

    @Select("INSERT INTO siteops.classification_run (as_of, rules, products, best, slow, potential, uncertain, millis, run_by) VALUES (#{asOf}, "
            + "#{rules}::jsonb, #{products}, #{best}, #{slow}, #{potential}, #{uncertain}, #{millis}, #{runBy}) RETURNING id")
    long insertRun(@Param("asOf") LocalDate asOf, @Param("rules") String rules, @Param("products") int products, @Param("best") int best,
                   @Param("slow") int slow, @Param("potential") int potential, @Param("uncertain") int uncertain, @Param("millis") int millis,
                   @Param("runBy") String runBy);

    @Update("UPDATE siteops.classification_run SET millis = #{millis} WHERE id = #{id}")
    int runTook(@Param("id") long id, @Param("millis") int millis);

    @Select("SELECT id, as_of, rules::text AS rules, products, best, slow, potential, uncertain, millis, run_by, run_at "
            + "FROM siteops.classification_run ORDER BY id DESC LIMIT #{limit}")
    List<ClassificationRunRow> runs(@Param("limit") int limit);

    String CLASSIFIED = "SELECT p.code AS product_code, p.title, c.class AS product_class, c.reason_en, c.reason_zh, c.recent_units, c.previous_units, c.velocity, "
            + "c.trend_percent, c.stock, c.cover_days, c.revenue, c.margin_percent FROM siteops.product_class c JOIN siteops.product p ON p.id = c.product_id";

    @Select("<script>" + CLASSIFIED + "<where><if test='productClass != null'>c.class = #{productClass}</if>"
            + "<if test='q != null'> AND (p.title ILIKE #{q} OR p.code ILIKE #{q})</if></where> "
            + "ORDER BY c.velocity DESC, p.code LIMIT #{limit} OFFSET #{offset}</script>")
    List<ClassifiedRow> classified(@Param("productClass") String productClass, @Param("q") String q, @Param("limit") int limit,
                                   @Param("offset") int offset);

    @Select("<script>SELECT count(*) FROM (SELECT 1 FROM siteops.product_class c JOIN siteops.product p ON p.id = c.product_id"
            + "<where><if test='productClass != null'>c.class = #{productClass}</if>"
            + "<if test='q != null'> AND (p.title ILIKE #{q} OR p.code ILIKE #{q})</if></where> LIMIT #{limit}) counted</script>")
    long countClassified(@Param("productClass") String productClass, @Param("q") String q, @Param("limit") int limit);

    @Select(CLASSIFIED + " WHERE p.code = #{product}")
    ClassifiedRow classOf(@Param("product") String product);

    /** Velocity against stock cover for the scatter chart: a sample of at most {@code limit} products, the fastest first. */
    @Select("SELECT p.code AS product_code, p.title, c.class AS product_class, c.reason_en, c.reason_zh, c.recent_units, c.previous_units, c.velocity, "
            + "c.trend_percent, c.stock, c.cover_days, c.revenue, c.margin_percent FROM siteops.product_class c "
            + "JOIN siteops.product p ON p.id = c.product_id WHERE c.cover_days IS NOT NULL ORDER BY c.velocity DESC LIMIT #{limit}")
    List<ClassifiedRow> scatter(@Param("limit") int limit);

    String ACTION = "SELECT a.id, p.code AS product_code, p.title, a.kind, a.status, a.detail, a.sku, a.quantity, a.reference, a.created_at, "
            + "a.updated_by, a.updated_at FROM siteops.suggested_action a JOIN siteops.product p ON p.id = a.product_id";

    @Select("<script>" + ACTION + "<where><if test='status != null'>a.status = #{status}</if><if test='kind != null'> AND a.kind = #{kind}</if>"
            + "</where> ORDER BY a.id DESC LIMIT #{limit} OFFSET #{offset}</script>")
    List<ActionRow> actions(@Param("status") String status, @Param("kind") String kind, @Param("limit") int limit, @Param("offset") int offset);

    @Select("<script>SELECT count(*) FROM (SELECT 1 FROM siteops.suggested_action a<where><if test='status != null'>a.status = #{status}</if>"
            + "<if test='kind != null'> AND a.kind = #{kind}</if></where> LIMIT #{limit}) counted</script>")
    long countActions(@Param("status") String status, @Param("kind") String kind, @Param("limit") int limit);

    @Select(ACTION + " WHERE a.id = #{id} FOR UPDATE OF a")
    ActionRow lockAction(@Param("id") long id);

    @Select(ACTION + " WHERE a.kind = 'PURCHASE_PROPOSAL' AND a.status = 'OPEN' ORDER BY a.id LIMIT #{limit}")
    List<ActionRow> openProposals(@Param("limit") int limit);

    @Update("UPDATE siteops.suggested_action SET status = #{status}, reference = coalesce(#{reference}, reference), updated_by = #{by}, "
            + "updated_at = now() WHERE id = #{id}")
    int actionStatus(@Param("id") long id, @Param("status") String status, @Param("reference") String reference, @Param("by") String by);
}
