package io.mercato.crm.impl.persistence;

import java.time.LocalDate;
import java.util.List;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;
import org.apache.ibatis.annotations.Update;

public interface MemberMapper {
    String COLUMNS = "id, code, mobile, email, name, birthday, province, city, array_to_string(tags, ',') AS tags, sms_opt_out, "
            + "email_opt_out, consent_at, tier_code, tier_since, tier_review_on, points_balance, source, created_by, created_at, updated_at";
    String FILTER = "<where><if test='mobilePrefix != null'>mobile LIKE #{mobilePrefix}</if>"
            + "<if test='q != null'> AND (name ILIKE #{q} OR code ILIKE #{q} OR email ILIKE #{q})</if>"
            + "<if test='tier != null'> AND tier_code = #{tier}</if>";

    /** The new member's id, or null when the mobile number is a member already. */
    @Select("INSERT INTO crm.member (mobile, email, name, birthday, province, city, tags, sms_opt_out, email_opt_out, consent_at, tier_code, "
            + "tier_since, tier_review_on, source, created_by) VALUES (#{mobile}, #{email}, #{name}, #{birthday}, #{province}, #{city}, "
            + "string_to_array(#{tags}, ','), #{smsOptOut}, #{emailOptOut}, CASE WHEN #{consent} THEN now() END, #{tier}, #{today}, "
            + "#{reviewOn}, #{source}, #{createdBy}) ON CONFLICT (mobile) DO NOTHING RETURNING id")
    Long insert(@Param("mobile") String mobile, @Param("email") String email, @Param("name") String name, @Param("birthday") LocalDate birthday,
                @Param("province") String province, @Param("city") String city, @Param("tags") String tags,
                @Param("smsOptOut") boolean smsOptOut, @Param("emailOptOut") boolean emailOptOut, @Param("consent") boolean consent,
                @Param("tier") String tier, @Param("today") LocalDate today, @Param("reviewOn") LocalDate reviewOn,
                @Param("source") String source, @Param("createdBy") String createdBy);

    @Select("SELECT " + COLUMNS + " FROM crm.member WHERE code = #{code}")
    MemberRow find(@Param("code") String code);

    @Select("SELECT " + COLUMNS + " FROM crm.member WHERE mobile = #{mobile}")
    MemberRow findByMobile(@Param("mobile") String mobile);

    @Select("SELECT " + COLUMNS + " FROM crm.member WHERE id = #{id}")
    MemberRow byId(@Param("id") long id);

    @Select("SELECT " + COLUMNS + " FROM crm.member WHERE id = #{id} FOR UPDATE")
    MemberRow lock(@Param("id") long id);

    @Select("<script>SELECT " + COLUMNS + " FROM crm.member " + FILTER
            + "<if test='beforeId != null'> AND id &lt; #{beforeId}</if></where> ORDER BY id DESC LIMIT #{limit} OFFSET #{offset}</script>")
    List<MemberRow> search(@Param("q") String q, @Param("mobilePrefix") String mobilePrefix, @Param("tier") String tier,
                           @Param("beforeId") Long beforeId, @Param("limit") int limit, @Param("offset") int offset);

    @Select("<script>SELECT count(*) FROM (SELECT 1 FROM crm.member " + FILTER + "</where> LIMIT #{limit}) counted</script>")
    long count(@Param("q") String q, @Param("mobilePrefix") String mobilePrefix, @Param("tier") String tier, @Param("limit") int limit);

    @Update("UPDATE crm.member SET email = #{email}, name = #{name}, birthday = #{birthday}, province = #{province}, city = #{city}, "
            + "tags = string_to_array(#{tags}, ','), sms_opt_out = #{smsOptOut}, email_opt_out = #{emailOptOut}, "
            + "consent_at = CASE WHEN #{consent} THEN coalesce(consent_at, now()) END, updated_at = now() WHERE id = #{id}")
    int updateProfile(@Param("id") long id, @Param("email") String email, @Param("name") String name, @Param("birthday") LocalDate birthday,
                      @Param("province") String province, @Param("city") String city, @Param("tags") String tags,
                      @Param("smsOptOut") boolean smsOptOut, @Param("emailOptOut") boolean emailOptOut, @Param("consent") boolean consent);

    @Update("UPDATE crm.member SET tier_code = #{tier}, tier_since = CASE WHEN tier_code = #{tier} THEN tier_since ELSE #{today} END, "
            + "tier_review_on = #{reviewOn}, updated_at = now() WHERE id = #{id}")
    int setTier(@Param("id") long id, @Param("tier") String tier, @Param("today") LocalDate today, @Param("reviewOn") LocalDate reviewOn);

    /** Moves the balance; null (and nothing changed) when it would go below zero. Locks the member row. */
    @Select("UPDATE crm.member SET points_balance = points_balance + #{delta}, updated_at = now() "
            + "WHERE id = #{id} AND points_balance + #{delta} >= 0 RETURNING points_balance")
    Long moveBalance(@Param("id") long id, @Param("delta") long delta);

    /** Members born on this month and day (the birthday index serves the month). */
    @Select("SELECT " + COLUMNS + " FROM crm.member WHERE extract(month FROM birthday) = #{month} AND extract(day FROM birthday) = #{day} "
            + "ORDER BY id LIMIT #{limit}")
    List<MemberRow> birthdays(@Param("month") int month, @Param("day") int day, @Param("limit") int limit);

    /** Members of a tier of at least this rank. */
    @Select("SELECT " + COLUMNS + " FROM crm.member WHERE tier_code IN (SELECT code FROM crm.tier WHERE rank >= #{rank}) ORDER BY id LIMIT #{limit}")
    List<MemberRow> vips(@Param("rank") int rank, @Param("limit") int limit);

    /** Members whose tier review date has come, a batch at a time. */
    @Select("SELECT id FROM crm.member WHERE tier_review_on <= #{today} AND id > #{afterId} ORDER BY id LIMIT #{limit}")
    List<Long> reviewDue(@Param("today") LocalDate today, @Param("afterId") long afterId, @Param("limit") int limit);
}
