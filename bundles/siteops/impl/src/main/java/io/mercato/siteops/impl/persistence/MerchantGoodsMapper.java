package io.mercato.siteops.impl.persistence;

import java.math.BigDecimal;
import java.util.List;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;
import org.apache.ibatis.annotations.Update;

/** Merchants' submissions and the effect of a merchant's status on its listed goods. */
public interface MerchantGoodsMapper {
    String SUBMISSION = "SELECT s.id, s.merchant_code, s.merchant_product_id, s.merchant_sku, s.title, s.merchant_category, s.price, s.status, "
            + "p.code AS product_code, s.reason, s.decided_by, s.decided_at, s.received_at FROM siteops.merchant_submission s "
            + "LEFT JOIN siteops.product p ON p.id = s.product_id";

    /** 1, or 0 when this submission was received before. */
    @Update("INSERT INTO siteops.merchant_submission (merchant_code, merchant_product_id, merchant_sku, title, merchant_category, price) "
            + "VALUES (#{merchant}, #{productId}, #{merchantSku}, #{title}, #{category}, #{price}) ON CONFLICT (merchant_code, merchant_product_id) DO NOTHING")
    int receive(@Param("merchant") String merchant, @Param("productId") long productId, @Param("merchantSku") String merchantSku,
                @Param("title") String title, @Param("category") String category, @Param("price") BigDecimal price);

    @Select("<script>" + SUBMISSION + "<where><if test='status != null'>s.status = #{status}</if>"
            + "<if test='merchant != null'> AND s.merchant_code = #{merchant}</if></where> ORDER BY s.id DESC LIMIT #{limit} OFFSET #{offset}</script>")
    List<SubmissionRow> list(@Param("status") String status, @Param("merchant") String merchant, @Param("limit") int limit, @Param("offset") int offset);

    @Select("<script>SELECT count(*) FROM (SELECT 1 FROM siteops.merchant_submission s<where><if test='status != null'>s.status = #{status}</if>"
            + "<if test='merchant != null'> AND s.merchant_code = #{merchant}</if></where> LIMIT #{limit}) counted</script>")
    long count(@Param("status") String status, @Param("merchant") String merchant, @Param("limit") int limit);

    @Select(SUBMISSION + " WHERE s.id = #{id} FOR UPDATE OF s")
    SubmissionRow lock(@Param("id") long id);

    @Select(SUBMISSION + " WHERE s.id = #{id}")
    SubmissionRow find(@Param("id") long id);

    @Update("UPDATE siteops.merchant_submission SET status = #{status}, product_id = #{productId}, reason = #{reason}, decided_by = #{by}, "
            + "decided_at = now() WHERE id = #{id} AND status = 'PENDING'")
    int decide(@Param("id") long id, @Param("status") String status, @Param("productId") Long productId, @Param("reason") String reason,
               @Param("by") String by);

    /** A suspended merchant's listed goods go off the site, held to come back; a terminated one's for good. */
    @Select("UPDATE siteops.product SET status = 'DELISTED', merchant_hold = #{hold}, updated_at = now() WHERE merchant_code = #{merchant} "
            + "AND status = 'LISTED' RETURNING code")
    List<String> holdListed(@Param("merchant") String merchant, @Param("hold") boolean hold);

    /** One product just listed for a merchant that is not selling: off the site again, held or not. */
    @Update("UPDATE siteops.product SET status = 'DELISTED', merchant_hold = #{hold}, updated_at = now() WHERE id = #{productId} AND status = 'LISTED'")
    int holdProduct(@Param("productId") long productId, @Param("hold") boolean hold);

    /** The goods held while the merchant was suspended are listed again (those changed meanwhile stay as they are). */
    @Select("UPDATE siteops.product SET status = 'LISTED', merchant_hold = false, updated_at = now() WHERE merchant_code = #{merchant} "
            + "AND merchant_hold AND status = 'DELISTED' RETURNING code")
    List<String> releaseHeld(@Param("merchant") String merchant);

    @Update("UPDATE siteops.product SET merchant_hold = false WHERE merchant_code = #{merchant} AND merchant_hold")
    int clearHolds(@Param("merchant") String merchant);
}
