package io.mercato.siteops.impl.persistence;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;
import org.apache.ibatis.annotations.Update;

public interface ActivityMapper {
    String ACTIVITY = "SELECT id, number, platform, name, url, sign_up_by, starts_on, ends_on, goal, status, found_by, decided_by, decision_note, "
            + "products, signed_up_by, created_at, updated_at FROM siteops.activity";
    String FILTER = "<where><if test='status != null'>status = #{status}</if>"
            + "<if test='q != null'> AND (name ILIKE #{q} OR platform ILIKE #{q} OR number ILIKE #{q})</if></where>";

    @Select("INSERT INTO siteops.activity (platform, name, url, sign_up_by, starts_on, ends_on, goal, status, found_by) VALUES (#{platform}, "
            + "#{name}, #{url}, #{signUpBy}, #{startsOn}, #{endsOn}, #{goal}, 'PROPOSED', #{foundBy}) RETURNING id")
    long insert(@Param("platform") String platform, @Param("name") String name, @Param("url") String url, @Param("signUpBy") LocalDate signUpBy,
                @Param("startsOn") LocalDate startsOn, @Param("endsOn") LocalDate endsOn, @Param("goal") String goal, @Param("foundBy") String foundBy);

    @Select(ACTIVITY + " WHERE id = #{id}")
    ActivityRow byId(@Param("id") long id);

    @Select(ACTIVITY + " WHERE number = #{number} FOR UPDATE")
    ActivityRow lock(@Param("number") String number);

    @Select(ACTIVITY + " WHERE number = #{number}")
    ActivityRow activity(@Param("number") String number);

    @Select("<script>" + ACTIVITY + FILTER + " ORDER BY starts_on DESC, id DESC LIMIT #{limit} OFFSET #{offset}</script>")
    List<ActivityRow> search(@Param("status") String status, @Param("q") String q, @Param("limit") int limit, @Param("offset") int offset);

    @Select("<script>SELECT count(*) FROM (SELECT 1 FROM siteops.activity" + FILTER + " LIMIT #{limit}) counted</script>")
    long count(@Param("status") String status, @Param("q") String q, @Param("limit") int limit);

    @Update("UPDATE siteops.activity SET status = #{status}, decided_by = #{by}, decision_note = #{note}, updated_at = now() WHERE id = #{id}")
    int decide(@Param("id") long id, @Param("status") String status, @Param("by") String by, @Param("note") String note);

    @Update("UPDATE siteops.activity SET status = 'SIGNED_UP', products = #{products}, signed_up_by = #{by}, updated_at = now() WHERE id = #{id}")
    int signUp(@Param("id") long id, @Param("products") String products, @Param("by") String by);

    /** A day's figures; a second report of the same day corrects the first. */
    @Update("INSERT INTO siteops.activity_report (activity_id, day, visitors, orders, sales, note, reported_by) VALUES (#{id}, #{day}, #{visitors}, "
            + "#{orders}, #{sales}, #{note}, #{by}) ON CONFLICT (activity_id, day) DO UPDATE SET visitors = EXCLUDED.visitors, orders = EXCLUDED.orders, "
            + "sales = EXCLUDED.sales, note = EXCLUDED.note, reported_by = EXCLUDED.reported_by, reported_at = now()")
    int report(@Param("id") long id, @Param("day") LocalDate day, @Param("visitors") int visitors, @Param("orders") int orders,
               @Param("sales") BigDecimal sales, @Param("note") String note, @Param("by") String by);

    @Select("SELECT day, visitors, orders, sales, note, reported_by, reported_at FROM siteops.activity_report WHERE activity_id = #{id} ORDER BY day")
    List<ActivityReportRow> reports(@Param("id") long id);
}
