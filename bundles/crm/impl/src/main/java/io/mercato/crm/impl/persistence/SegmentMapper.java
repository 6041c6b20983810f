package io.mercato.crm.impl.persistence;

import java.util.List;
import java.util.Map;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;

/** Segments and the members their rules select; the rules come as a map (see {@code SegmentRules#query}). */
public interface SegmentMapper {
    String MATCHING = " FROM crm.member m"
            + "<if test='rfm'> LEFT JOIN LATERAL (SELECT max(o.delivered_at) AS last_at, count(*) AS orders, coalesce(sum(o.goods_amount), 0) "
            + "AS spend FROM crm.member_order o WHERE o.member_id = m.id AND o.status = 'DELIVERED' AND o.delivered_at > now() - interval "
            + "'12 months') r ON true</if><where>"
            + "<if test='tiers != null'> m.tier_code IN <foreach collection='tiers' item='x' open='(' separator=',' close=')'>#{x}</foreach></if>"
            + "<if test='provinces != null'> AND m.province IN <foreach collection='provinces' item='x' open='(' separator=',' close=')'>#{x}"
            + "</foreach></if>"
            + "<if test='tags != null'> AND m.tags &amp;&amp; <foreach collection='tags' item='x' open='ARRAY[' separator=',' close=']::text[]'>"
            + "#{x}</foreach></if>"
            + "<if test='birthdayMonth != null'> AND extract(month FROM m.birthday) = #{birthdayMonth}</if>"
            + "<if test='maxRecencyDays != null'> AND r.last_at &gt; now() - make_interval(days => #{maxRecencyDays})</if>"
            + "<if test='minOrders != null'> AND coalesce(r.orders, 0) &gt;= #{minOrders}</if>"
            + "<if test='minSpend != null'> AND coalesce(r.spend, 0) &gt;= #{minSpend}</if>"
            + "<if test='afterId != null'> AND m.id &gt; #{afterId}</if></where>";

    String MEMBER_COLUMNS = "m.id, m.code, m.mobile, m.email, m.name, m.birthday, m.province, m.city, array_to_string(m.tags, ',') AS tags, "
            + "m.sms_opt_out, m.email_opt_out, m.consent_at, m.tier_code, m.tier_since, m.tier_review_on, m.points_balance, m.source, "
            + "m.created_by, m.created_at, m.updated_at";

    @Select("<script>SELECT " + MEMBER_COLUMNS + MATCHING + " ORDER BY m.id LIMIT #{limit}</script>")
    List<MemberRow> members(Map<String, Object> query);

    @Select("<script>SELECT count(*) FROM (SELECT 1" + MATCHING + " LIMIT #{limit}) counted</script>")
    long count(Map<String, Object> query);

    @Select("INSERT INTO crm.segment (name, rules, created_by) VALUES (#{name}, #{rules}::jsonb, #{createdBy}) RETURNING id")
    long insert(@Param("name") String name, @Param("rules") String rules, @Param("createdBy") String createdBy);

    @Select("SELECT id, code, name, rules::text AS rules, created_by, created_at FROM crm.segment ORDER BY id DESC LIMIT 50")
    List<SegmentRow> all();

    @Select("SELECT id, code, name, rules::text AS rules, created_by, created_at FROM crm.segment WHERE code = #{code}")
    SegmentRow find(@Param("code") String code);

    @Select("SELECT id, code, name, rules::text AS rules, created_by, created_at FROM crm.segment WHERE id = #{id}")
    SegmentRow byId(@Param("id") long id);
}
