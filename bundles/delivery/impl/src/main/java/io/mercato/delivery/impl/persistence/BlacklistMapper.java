package io.mercato.delivery.impl.persistence;

import java.util.List;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;
import org.apache.ibatis.annotations.Update;

public interface BlacklistMapper {
    /** The new entry's id, or null when the contact is on the list already. */
    @Select("INSERT INTO delivery.blacklist (kind, value, reason, created_by) VALUES (#{kind}, #{value}, #{reason}, #{createdBy}) "
            + "ON CONFLICT (kind, value) WHERE removed_at IS NULL DO NOTHING RETURNING id")
    Long insert(@Param("kind") String kind, @Param("value") String value, @Param("reason") String reason, @Param("createdBy") String createdBy);

    @Select("<script>SELECT id, kind, value, reason, created_by, created_at FROM delivery.blacklist WHERE removed_at IS NULL"
            + "<if test='q != null'> AND value LIKE #{q}</if><if test='beforeId != null'> AND id &lt; #{beforeId}</if>"
            + " ORDER BY id DESC LIMIT #{limit} OFFSET #{offset}</script>")
    List<BlacklistRow> search(@Param("q") String q, @Param("beforeId") Long beforeId, @Param("limit") int limit, @Param("offset") int offset);

    @Select("<script>SELECT count(*) FROM (SELECT 1 FROM delivery.blacklist WHERE removed_at IS NULL"
            + "<if test='q != null'> AND value LIKE #{q}</if> LIMIT #{limit}) counted</script>")
    long count(@Param("q") String q, @Param("limit") int limit);

    @Update("UPDATE delivery.blacklist SET removed_by = #{actor}, removed_at = now() WHERE id = #{id} AND removed_at IS NULL")
    int remove(@Param("id") long id, @Param("actor") String actor);
}
