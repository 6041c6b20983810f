package io.mercato.platform.security;

import org.apache.ibatis.annotations.Delete;
import org.apache.ibatis.annotations.Insert;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;
import org.apache.ibatis.annotations.Update;

/** Sessions by the hash of their token; a session counts only while its account may log in. */
public interface SessionMapper {
    @Insert("INSERT INTO security.session (token_hash, username, source, expires_at) "
            + "VALUES (#{tokenHash}, #{username}, #{source}, now() + make_interval(days => #{days}))")
    void insert(@Param("tokenHash") String tokenHash, @Param("username") String username, @Param("source") String source,
                @Param("days") int days);

    @Select("SELECT a.username, a.roles, s.last_seen_at < now() - interval '1 minute' AS stale "
            + "FROM security.session s JOIN security.account a ON a.username = s.username "
            + "WHERE s.token_hash = #{tokenHash} AND s.revoked_at IS NULL AND s.expires_at > now() "
            + "AND s.last_seen_at > now() - make_interval(mins => #{idleMinutes}) "
            + "AND a.enabled AND (a.locked_until IS NULL OR a.locked_until <= now())")
    SessionRow find(@Param("tokenHash") String tokenHash, @Param("idleMinutes") int idleMinutes);

    @Update("UPDATE security.session SET last_seen_at = now() WHERE token_hash = #{tokenHash}")
    void touch(@Param("tokenHash") String tokenHash);

    @Update("UPDATE security.session SET revoked_at = now() WHERE token_hash = #{tokenHash} AND revoked_at IS NULL")
    void revoke(@Param("tokenHash") String tokenHash);

    @Update("UPDATE security.session SET revoked_at = now() WHERE username = #{username} AND revoked_at IS NULL")
    int revokeAll(@Param("username") String username);

    @Delete("DELETE FROM security.session WHERE expires_at < now() - interval '30 days' OR revoked_at < now() - interval '30 days'")
    int purge();

    record SessionRow(String username, String roles, boolean stale) {
    }
}
