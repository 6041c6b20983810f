package ${package}.impl;

import ${package}.api.Entry;
import java.util.List;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;

/** SQL next to the mapper, parameters only through #{}. */
public interface EntryMapper {
    @Select("SELECT id, title, created_by, created_at FROM ${department}.entry ORDER BY id DESC LIMIT #{limit}")
    List<Entry> latest(@Param("limit") int limit);

    @Select("SELECT id, title, created_by, created_at FROM ${department}.entry WHERE id = #{id}")
    Entry find(@Param("id") long id);

    @Select("INSERT INTO ${department}.entry (title, created_by) VALUES (#{title}, #{createdBy}) "
            + "RETURNING id, title, created_by, created_at")
    Entry insert(@Param("title") String title, @Param("createdBy") String createdBy);
}
