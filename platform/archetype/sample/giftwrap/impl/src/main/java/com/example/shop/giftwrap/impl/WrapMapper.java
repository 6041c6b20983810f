package com.example.shop.giftwrap.impl;

import com.example.shop.giftwrap.api.WrapOption;
import com.example.shop.giftwrap.api.WrapRequest;
import java.math.BigDecimal;
import java.util.List;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;

public interface WrapMapper {
    String REQUEST = "SELECT id, order_number, option_code, card_message, price, status, order_checked, created_by, created_at, "
            + "wrapped_by, wrapped_at FROM giftwrap.wrap_request";

    @Select("SELECT code, name_en, name_zh, price, active FROM giftwrap.wrap_option ORDER BY code")
    List<WrapOption> options();

    @Select("SELECT code, name_en, name_zh, price, active FROM giftwrap.wrap_option WHERE code = #{code}")
    WrapOption option(@Param("code") String code);

    /** The new option's code, or null when the code is taken. */
    @Select("INSERT INTO giftwrap.wrap_option (code, name_en, name_zh, price, created_by) VALUES (#{code}, #{nameEn}, #{nameZh}, "
            + "#{price}, #{createdBy}) ON CONFLICT (code) DO NOTHING RETURNING code")
    String insertOption(@Param("code") String code, @Param("nameEn") String nameEn, @Param("nameZh") String nameZh,
                        @Param("price") BigDecimal price, @Param("createdBy") String createdBy);

    @Select("<script>" + REQUEST + " WHERE true<if test='order != null'> AND order_number = #{order}</if>"
            + "<if test='status != null'> AND status = #{status}</if> ORDER BY id DESC LIMIT #{limit}</script>")
    List<WrapRequest> requests(@Param("order") String order, @Param("status") String status, @Param("limit") int limit);

    @Select(REQUEST + " WHERE order_number = #{order} ORDER BY id")
    List<WrapRequest> forOrder(@Param("order") String order);

    @Select("INSERT INTO giftwrap.wrap_request (order_number, option_code, card_message, price, order_checked, created_by) "
            + "VALUES (#{order}, #{option}, #{message}, #{price}, #{checked}, #{createdBy}) RETURNING id")
    long insertRequest(@Param("order") String order, @Param("option") String option, @Param("message") String message,
                       @Param("price") BigDecimal price, @Param("checked") boolean checked, @Param("createdBy") String createdBy);

    @Select(REQUEST + " WHERE id = #{id}")
    WrapRequest request(@Param("id") long id);

    /** Marks a requested wrap done; 0 when it is not (or no longer) requested. */
    @Select("WITH done AS (UPDATE giftwrap.wrap_request SET status = 'WRAPPED', wrapped_by = #{actor}, wrapped_at = now() "
            + "WHERE id = #{id} AND status = 'REQUESTED' RETURNING 1) SELECT count(*) FROM done")
    int wrapped(@Param("id") long id, @Param("actor") String actor);
}
