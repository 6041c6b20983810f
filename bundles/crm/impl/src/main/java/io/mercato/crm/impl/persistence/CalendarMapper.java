package io.mercato.crm.impl.persistence;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import org.apache.ibatis.annotations.Delete;
import org.apache.ibatis.annotations.Insert;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;
import org.apache.ibatis.annotations.Update;

public interface CalendarMapper {
    @Select("SELECT weekday, opens, closes FROM crm.working_hours ORDER BY weekday")
    List<WorkingHoursRow> week();

    @Delete("DELETE FROM crm.working_hours")
    int clearWeek();

    @Insert("INSERT INTO crm.working_hours (weekday, opens, closes) VALUES (#{weekday}, #{opens}, #{closes})")
    int insertHours(@Param("weekday") int weekday, @Param("opens") LocalTime opens, @Param("closes") LocalTime closes);

    @Select("SELECT day, kind, name, opens, closes FROM crm.calendar_day WHERE day >= #{from} ORDER BY day")
    List<CalendarDayRow> daysFrom(@Param("from") LocalDate from);

    @Insert("INSERT INTO crm.calendar_day (day, kind, name, opens, closes) VALUES (#{day}, #{kind}, #{name}, #{opens}, #{closes}) "
            + "ON CONFLICT (day) DO UPDATE SET kind = EXCLUDED.kind, name = EXCLUDED.name, opens = EXCLUDED.opens, closes = EXCLUDED.closes")
    int putDay(@Param("day") LocalDate day, @Param("kind") String kind, @Param("name") String name, @Param("opens") LocalTime opens,
               @Param("closes") LocalTime closes);

    @Delete("DELETE FROM crm.calendar_day WHERE day = #{day}")
    int deleteDay(@Param("day") LocalDate day);

    @Select("SELECT type, priority, first_response_minutes, resolution_minutes FROM crm.sla_policy ORDER BY type, priority")
    List<SlaPolicyRow> policies();

    @Select("SELECT type, priority, first_response_minutes, resolution_minutes FROM crm.sla_policy WHERE type = #{type} AND priority = #{priority}")
    SlaPolicyRow policy(@Param("type") String type, @Param("priority") String priority);

    @Update("UPDATE crm.sla_policy SET first_response_minutes = #{first}, resolution_minutes = #{resolution} WHERE type = #{type} "
            + "AND priority = #{priority}")
    int updatePolicy(@Param("type") String type, @Param("priority") String priority, @Param("first") int first, @Param("resolution") int resolution);
}
