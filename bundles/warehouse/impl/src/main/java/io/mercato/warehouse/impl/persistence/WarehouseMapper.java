package io.mercato.warehouse.impl.persistence;

import java.util.List;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;
import org.apache.ibatis.annotations.Update;

public interface WarehouseMapper {
    String COLUMNS = "id, code, name, region, address, active";
    /** {@code q} is an escaped contains-pattern. */
    String SEARCH = "<where><if test='q != null'>code ILIKE #{q} OR name ILIKE #{q} OR region ILIKE #{q}</if></where>";

    @Select("SELECT " + COLUMNS + " FROM warehouse.warehouse WHERE code = #{code}")
    WarehouseRow findByCode(@Param("code") String code);

    @Select("SELECT " + COLUMNS + " FROM warehouse.warehouse WHERE active ORDER BY code")
    List<WarehouseRow> active();

    @Select("<script>SELECT " + COLUMNS + " FROM warehouse.warehouse " + SEARCH
            + " ORDER BY code LIMIT #{limit} OFFSET #{offset}</script>")
    List<WarehouseRow> search(@Param("q") String q, @Param("limit") int limit, @Param("offset") int offset);

    @Select("<script>SELECT count(*) FROM warehouse.warehouse " + SEARCH + "</script>")
    long count(@Param("q") String q);

    @Select("INSERT INTO warehouse.warehouse (code, name, region, address, active) "
            + "VALUES (#{code}, #{name}, #{region}, #{address}, #{active}) ON CONFLICT (code) DO NOTHING RETURNING " + COLUMNS)
    WarehouseRow insert(@Param("code") String code, @Param("name") String name, @Param("region") String region,
                        @Param("address") String address, @Param("active") boolean active);

    @Update("UPDATE warehouse.warehouse SET name = #{name}, region = #{region}, address = #{address}, active = #{active}, "
            + "updated_at = now() WHERE code = #{code}")
    int update(@Param("code") String code, @Param("name") String name, @Param("region") String region,
               @Param("address") String address, @Param("active") boolean active);
}
