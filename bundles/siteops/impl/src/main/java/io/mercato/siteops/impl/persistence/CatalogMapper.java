package io.mercato.siteops.impl.persistence;

import java.math.BigDecimal;
import java.util.List;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;
import org.apache.ibatis.annotations.Update;

public interface CatalogMapper {
    /** The ids of the category {@code #{category}} (by code) and every category below it. */
    String CATEGORY_SUBTREE = "(WITH RECURSIVE tree AS (SELECT id FROM siteops.category WHERE code = #{category} "
            + "UNION ALL SELECT sub.id FROM siteops.category sub JOIN tree t ON sub.parent_id = t.id) SELECT id FROM tree)";
    String CATEGORY = "SELECT c.id, c.code, c.parent_id, p.code AS parent_code, c.name_zh, c.name_en, c.margin_floor_percent "
            + "FROM siteops.category c LEFT JOIN siteops.category p ON p.id = c.parent_id";
    String PRODUCT = "SELECT p.id, p.code, c.code AS category_code, p.merchant_code, p.title, p.description, p.status, "
            + "(SELECT count(*) FROM siteops.sku s WHERE s.product_id = p.id)::int AS sku_count, p.listing_title, p.listed_at, p.delist_at, "
            + "p.revision, p.created_by, p.created_at, p.updated_at "
            + "FROM siteops.product p JOIN siteops.category c ON c.id = p.category_id";
    String SKU = "SELECT s.sku, p.code AS product_code, p.title, p.status AS product_status, s.attributes::text AS attributes, s.merchant_sku, "
            + "s.barcode, s.position FROM siteops.sku s JOIN siteops.product p ON p.id = s.product_id";
    String FILTER = "<where><if test='q != null'>(p.title ILIKE #{q} OR p.code ILIKE #{q} OR EXISTS (SELECT 1 FROM siteops.sku s "
            + "WHERE s.product_id = p.id AND (s.sku ILIKE #{q} OR s.merchant_sku ILIKE #{q} OR s.barcode = #{exact})))</if>"
            + "<if test='status != null'> AND p.status = #{status}</if>"
            + "<if test='category != null'> AND p.category_id IN " + CATEGORY_SUBTREE + "</if>"
            + "<if test='merchant != null'> AND p.merchant_code = #{merchant}</if>";

    /** The new category's id, or null when the code is taken. */
    @Select("INSERT INTO siteops.category (code, parent_id, name_zh, name_en, margin_floor_percent, created_by) VALUES (#{code}, #{parentId}, "
            + "#{nameZh}, #{nameEn}, #{floor}, #{createdBy}) ON CONFLICT (code) DO NOTHING RETURNING id")
    Long insertCategory(@Param("code") String code, @Param("parentId") Long parentId, @Param("nameZh") String nameZh,
                        @Param("nameEn") String nameEn, @Param("floor") BigDecimal floor, @Param("createdBy") String createdBy);

    @Select(CATEGORY + " ORDER BY c.code")
    List<CategoryRow> categories();

    @Select(CATEGORY + " WHERE c.code = #{code}")
    CategoryRow category(@Param("code") String code);

    @Update("UPDATE siteops.category SET name_zh = #{nameZh}, name_en = #{nameEn}, margin_floor_percent = #{floor} WHERE code = #{code}")
    int updateCategory(@Param("code") String code, @Param("nameZh") String nameZh, @Param("nameEn") String nameEn,
                       @Param("floor") BigDecimal floor);

    @Select("INSERT INTO siteops.product (category_id, merchant_code, title, description, status, created_by) VALUES (#{categoryId}, "
            + "#{merchant}, #{title}, #{description}, 'DRAFT', #{createdBy}) RETURNING id")
    long insertProduct(@Param("categoryId") long categoryId, @Param("merchant") String merchant, @Param("title") String title,
                       @Param("description") String description, @Param("createdBy") String createdBy);

    @Select(PRODUCT + " WHERE p.id = #{id}")
    ProductRow productById(@Param("id") long id);

    @Select(PRODUCT + " WHERE p.code = #{code}")
    ProductRow product(@Param("code") String code);

    @Select(PRODUCT + " WHERE p.code = #{code} FOR UPDATE OF p")
    ProductRow lockProduct(@Param("code") String code);

    @Select("<script>" + PRODUCT + FILTER + "<if test='beforeId != null'> AND p.id &lt; #{beforeId}</if></where> "
            + "ORDER BY p.id DESC LIMIT #{limit} OFFSET #{offset}</script>")
    List<ProductRow> search(@Param("q") String q, @Param("exact") String exact, @Param("status") String status,
                            @Param("category") String category, @Param("merchant") String merchant, @Param("beforeId") Long beforeId,
                            @Param("limit") int limit, @Param("offset") int offset);

    @Select("<script>SELECT count(*) FROM (SELECT 1 FROM siteops.product p" + FILTER + "</where> LIMIT #{limit}) counted</script>")
    long count(@Param("q") String q, @Param("exact") String exact, @Param("status") String status, @Param("category") String category,
               @Param("merchant") String merchant, @Param("limit") int limit);

    @Update("UPDATE siteops.product SET category_id = #{categoryId}, title = #{title}, description = #{description}, updated_at = now() "
            + "WHERE id = #{id}")
    int updateProduct(@Param("id") long id, @Param("categoryId") long categoryId, @Param("title") String title,
                      @Param("description") String description);

    /** 1, or 0 when the SKU code or barcode is taken (nothing written). */
    @Update("INSERT INTO siteops.sku (sku, product_id, attributes, merchant_sku, barcode, position, created_by) VALUES (#{sku}, #{productId}, "
            + "#{attributes}::jsonb, #{merchantSku}, #{barcode}, (SELECT coalesce(max(position), 0) + 1 FROM siteops.sku WHERE product_id = #{productId}), "
            + "#{createdBy}) ON CONFLICT DO NOTHING")
    int insertSku(@Param("sku") String sku, @Param("productId") long productId, @Param("attributes") String attributes,
                  @Param("merchantSku") String merchantSku, @Param("barcode") String barcode, @Param("createdBy") String createdBy);

    @Select(SKU + " WHERE s.sku = #{sku}")
    SkuRow sku(@Param("sku") String sku);

    @Select(SKU + " WHERE p.code = #{product} ORDER BY s.position")
    List<SkuRow> skus(@Param("product") String product);

    @Select("SELECT p.code FROM siteops.sku s JOIN siteops.product p ON p.id = s.product_id WHERE s.barcode = #{barcode}")
    String productOfBarcode(@Param("barcode") String barcode);
}
