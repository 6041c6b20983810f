package io.mercato.delivery.impl.persistence;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.apache.ibatis.annotations.MapKey;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;

/** The facts about earlier orders and the blacklist that the rules weigh. */
public interface RiskMapper {
    @Select("SELECT count(*) FROM (SELECT 1 FROM delivery.sales_order WHERE phone = #{phone} AND placed_at > #{since} LIMIT 1000) recent")
    int recentFromPhone(@Param("phone") String phone, @Param("since") Instant since);

    @Select("SELECT count(*) FROM (SELECT 1 FROM delivery.sales_order WHERE address_key = #{key} AND placed_at > #{since} LIMIT 1000) recent")
    int recentToAddress(@Param("key") String addressKey, @Param("since") Instant since);

    @Select("SELECT reason FROM delivery.blacklist WHERE kind = #{kind} AND value = #{value} AND removed_at IS NULL")
    String blacklisted(@Param("kind") String kind, @Param("value") String value);

    /** Cash-on-delivery parcels this phone did not take: failed or returned deliveries. */
    @Select("SELECT count(*) FROM delivery.sales_order WHERE phone = #{phone} AND payment_method = 'COD' "
            + "AND status IN ('DELIVERY_FAILED', 'RETURNED')")
    int codRefusals(@Param("phone") String phone);

    /** Per SKU, the average units per order line over the last 90 days' most recent 500 lines (none without 5 lines). */
    @MapKey("sku")
    @Select("<script>SELECT s.sku, (SELECT avg(q) FROM (SELECT l.quantity AS q FROM delivery.order_line l WHERE l.sku = s.sku "
            + "ORDER BY l.order_id DESC LIMIT 500) recent HAVING count(*) >= 5) AS usual FROM unnest(ARRAY["
            + "<foreach collection='skus' item='sku' separator=','>#{sku}</foreach>]::text[]) AS s(sku)</script>")
    Map<String, Map<String, Object>> usualQuantities(@Param("skus") List<String> skus);
}
