package io.mercato.crm.impl.persistence;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.apache.ibatis.annotations.Insert;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;
import org.apache.ibatis.annotations.Update;

public interface TierMapper {
    String COLUMNS = "code, name_zh, name_en, rank, min_spend, min_orders, points_per_yuan";

    @Select("SELECT " + COLUMNS + " FROM crm.tier ORDER BY rank")
    List<TierRow> all();

    @Update("UPDATE crm.tier SET name_zh = #{nameZh}, name_en = #{nameEn}, min_spend = #{minSpend}, min_orders = #{minOrders}, "
            + "points_per_yuan = #{rate}, updated_by = #{actor}, updated_at = now() WHERE code = #{code}")
    int update(@Param("code") String code, @Param("nameZh") String nameZh, @Param("nameEn") String nameEn, @Param("minSpend") BigDecimal minSpend,
               @Param("minOrders") int minOrders, @Param("rate") BigDecimal rate, @Param("actor") String actor);

    @Insert("INSERT INTO crm.tier_change (member_id, from_tier, to_tier, spend_12m, orders_12m, reason, review_on, changed_by) VALUES "
            + "(#{memberId}, #{from}, #{to}, #{spend}, #{orders}, #{reason}, #{reviewOn}, #{actor})")
    int recordChange(@Param("memberId") long memberId, @Param("from") String from, @Param("to") String to, @Param("spend") BigDecimal spend,
                     @Param("orders") int orders, @Param("reason") String reason, @Param("reviewOn") LocalDate reviewOn,
                     @Param("actor") String actor);

    @Select("SELECT id, from_tier, to_tier, spend_12m, orders_12m, reason, review_on, changed_by, changed_at FROM crm.tier_change "
            + "WHERE member_id = #{memberId} ORDER BY id DESC LIMIT #{limit}")
    List<TierChangeRow> changes(@Param("memberId") long memberId, @Param("limit") int limit);
}
