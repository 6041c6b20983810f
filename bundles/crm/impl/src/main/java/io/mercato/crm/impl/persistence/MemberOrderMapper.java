package io.mercato.crm.impl.persistence;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;
import org.apache.ibatis.annotations.Update;

public interface MemberOrderMapper {
    /** The order's number, or null when it was linked before (a redelivered event). */
    @Select("INSERT INTO crm.member_order (order_number, member_id, channel, goods_amount, total, placed_at, delivered_at, status) "
            + "VALUES (#{order}, #{memberId}, #{channel}, #{goodsAmount}, #{total}, #{placedAt}, #{deliveredAt}, 'DELIVERED') "
            + "ON CONFLICT (order_number) DO NOTHING RETURNING order_number")
    String insert(@Param("order") String order, @Param("memberId") long memberId, @Param("channel") String channel,
                  @Param("goodsAmount") BigDecimal goodsAmount, @Param("total") BigDecimal total, @Param("placedAt") Instant placedAt,
                  @Param("deliveredAt") Instant deliveredAt);

    @Select("INSERT INTO crm.member_order_line (order_number, line_no, sku, quantity, amount, points_earned) "
            + "VALUES (#{order}, #{lineNo}, #{sku}, #{quantity}, #{amount}, #{points}) RETURNING line_no")
    int insertLine(@Param("order") String order, @Param("lineNo") int lineNo, @Param("sku") String sku, @Param("quantity") int quantity,
                   @Param("amount") BigDecimal amount, @Param("points") long points);

    @Update("UPDATE crm.member_order SET points_earned = #{points} WHERE order_number = #{order}")
    int setPoints(@Param("order") String order, @Param("points") long points);

    /** The member's id when the order was delivered to a member and is now marked returned; null otherwise. */
    @Select("UPDATE crm.member_order SET status = 'RETURNED' WHERE order_number = #{order} AND status = 'DELIVERED' RETURNING member_id")
    Long markReturned(@Param("order") String order);

    @Select("SELECT coalesce(sum(goods_amount), 0) AS spend, count(*)::int AS orders FROM crm.member_order "
            + "WHERE member_id = #{memberId} AND status = 'DELIVERED' AND delivered_at > #{since}")
    TwelveMonthsRow twelveMonths(@Param("memberId") long memberId, @Param("since") Instant since);

    @Select("SELECT goods_amount FROM crm.member_order WHERE order_number = #{order}")
    java.math.BigDecimal goodsAmount(@Param("order") String order);

    @Select("SELECT count(*) FROM crm.member_order")
    long count();

    @Select("SELECT order_number, channel, goods_amount, total, placed_at, delivered_at, status, points_earned FROM crm.member_order "
            + "WHERE member_id = #{memberId} ORDER BY delivered_at DESC LIMIT #{limit}")
    List<MemberOrderRow> recent(@Param("memberId") long memberId, @Param("limit") int limit);
}
