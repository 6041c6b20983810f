package io.mercato.delivery.impl.persistence;

import java.util.List;
import org.apache.ibatis.annotations.Delete;
import org.apache.ibatis.annotations.Insert;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;
import org.apache.ibatis.annotations.Update;

public interface CourierMapper {
    String COLUMNS = "code, name, cod_supported, tracking_pattern, active, monthly_penalty_cap, created_by, created_at";

    /** 1, or 0 when the code is taken. */
    @Insert("INSERT INTO delivery.courier (code, name, cod_supported, tracking_pattern, active, monthly_penalty_cap, created_by) "
            + "VALUES (#{code}, #{name}, #{cod}, #{pattern}, #{active}, #{cap}, #{createdBy}) ON CONFLICT (code) DO NOTHING")
    int insert(@Param("code") String code, @Param("name") String name, @Param("cod") boolean cod, @Param("pattern") String pattern,
               @Param("active") boolean active, @Param("cap") java.math.BigDecimal cap, @Param("createdBy") String createdBy);

    @Update("UPDATE delivery.courier SET name = #{name}, cod_supported = #{cod}, tracking_pattern = #{pattern}, active = #{active}, "
            + "monthly_penalty_cap = #{cap}, updated_at = now() WHERE code = #{code}")
    int update(@Param("code") String code, @Param("name") String name, @Param("cod") boolean cod, @Param("pattern") String pattern,
               @Param("active") boolean active, @Param("cap") java.math.BigDecimal cap);

    @Select("SELECT " + COLUMNS + " FROM delivery.courier WHERE code = #{code}")
    CourierRow find(@Param("code") String code);

    @Select("SELECT " + COLUMNS + " FROM delivery.courier ORDER BY active DESC, code")
    List<CourierRow> all();

    @Delete("DELETE FROM delivery.courier_area WHERE courier_code = #{code}")
    void clearAreas(@Param("code") String code);

    @Insert("<script>INSERT INTO delivery.courier_area (courier_code, province, promised_days) VALUES "
            + "<foreach collection='areas' item='a' separator=','>(#{code}, #{a.province}, #{a.promisedDays})</foreach></script>")
    void insertAreas(@Param("code") String code, @Param("areas") List<CourierAreaRow> areas);

    @Select("SELECT courier_code, province, promised_days FROM delivery.courier_area WHERE courier_code = #{code} ORDER BY province")
    List<CourierAreaRow> areas(@Param("code") String code);

    @Select("SELECT courier_code, province, promised_days FROM delivery.courier_area WHERE courier_code = #{code} AND province = #{province}")
    CourierAreaRow area(@Param("code") String code, @Param("province") String province);
}
