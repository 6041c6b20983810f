package io.mercato.platform.security;

import java.time.Instant;
import org.apache.ibatis.annotations.Delete;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;
import org.apache.ibatis.annotations.Update;

/** Failed logins per account and source address, counted before the password is checked. */
public interface ThrottleMapper {
    /**
     * Takes one attempt for this account from this address, in one statement so that a burst of parallel guesses
     * is counted exactly. Returns the attempt's number in the current run, or null when the address is paused for
     * the account or its last allowed attempts are still being checked. An expired pause starts a new run.
     */
    @Select("INSERT INTO security.login_throttle AS t (username, source, failures) VALUES (#{username}, #{source}, 1) "
            + "ON CONFLICT (username, source) DO UPDATE SET "
            + "failures = CASE WHEN t.locked_until <= now() THEN 1 ELSE t.failures + 1 END, "
            + "locked_until = CASE WHEN t.locked_until <= now() THEN NULL ELSE t.locked_until END, "
            + "last_failure = now() "
            + "WHERE t.locked_until <= now() OR (t.locked_until IS NULL AND t.failures < #{limit}) "
            + "RETURNING failures")
    Integer takeAttempt(@Param("username") String username, @Param("source") String source, @Param("limit") int limit);

    @Select("SELECT locked_until FROM security.login_throttle WHERE username = #{username} AND source = #{source}")
    Instant pausedUntil(@Param("username") String username, @Param("source") String source);

    @Update("UPDATE security.login_throttle SET locked_until = now() + make_interval(mins => #{minutes}) "
            + "WHERE username = #{username} AND source = #{source}")
    void pause(@Param("username") String username, @Param("source") String source, @Param("minutes") int minutes);

    /** After a success the count starts again, unless guesses running alongside it have paused the address. */
    @Delete("DELETE FROM security.login_throttle WHERE username = #{username} AND source = #{source} "
            + "AND (locked_until IS NULL OR locked_until <= now())")
    void clear(@Param("username") String username, @Param("source") String source);

    @Delete("DELETE FROM security.login_throttle WHERE username = #{username}")
    void clearAll(@Param("username") String username);

    /** Forgets runs that ended long ago, so guesses at made-up names do not pile up. */
    @Delete("DELETE FROM security.login_throttle WHERE last_failure < now() - interval '1 day' "
            + "AND (locked_until IS NULL OR locked_until < now())")
    int purge();
}
