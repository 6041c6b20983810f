package io.mercato.platform.security;

import io.mercato.platform.api.security.AccountStatus;
import java.util.Collection;
import java.util.List;
import org.apache.ibatis.annotations.Insert;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;
import org.apache.ibatis.annotations.Update;

public interface AccountMapper {
    @Select("SELECT username, display_name, password_hash, roles, enabled, COALESCE(locked_until > now(), false) AS locked "
            + "FROM security.account WHERE username = #{username}")
    AccountRow find(@Param("username") String username);

    /**
     * Counts a wrong password from any address. An expired lock starts the count again; the failure that reaches
     * the limit locks the account, so exactly one attempt sees the count equal the limit. Returns the new count.
     */
    @Select("UPDATE security.account SET "
            + "failed_logins = CASE WHEN locked_until <= now() THEN 1 ELSE failed_logins + 1 END, "
            + "locked_until = CASE WHEN locked_until <= now() THEN NULL "
            + "  WHEN failed_logins + 1 = #{limit} THEN now() + make_interval(mins => #{minutes}) ELSE locked_until END "
            + "WHERE username = #{username} RETURNING failed_logins")
    Integer recordFailure(@Param("username") String username, @Param("limit") int limit, @Param("minutes") int minutes);

    @Update("UPDATE security.account SET failed_logins = 0 WHERE username = #{username} AND failed_logins > 0")
    void recordSuccess(@Param("username") String username);

    /** Locked until the later of the account's lock and the pause of any address (GREATEST ignores nulls). */
    @Select("<script>SELECT a.username, a.display_name, a.enabled, GREATEST(a.locked_until, "
            + "(SELECT max(t.locked_until) FROM security.login_throttle t WHERE t.username = a.username)) AS locked_until "
            + "FROM security.account a WHERE a.username IN "
            + "<foreach item='name' collection='usernames' open='(' separator=',' close=')'>#{name}</foreach></script>")
    List<AccountStatus> statuses(@Param("usernames") Collection<String> usernames);

    @Update("UPDATE security.account SET locked_until = NULL, failed_logins = 0 WHERE username = #{username}")
    int unlock(@Param("username") String username);

    @Update("UPDATE security.account SET enabled = #{enabled} WHERE username = #{username}")
    int setEnabled(@Param("username") String username, @Param("enabled") boolean enabled);

    @Update("UPDATE security.account SET password_hash = #{passwordHash}, password_changed_at = now() WHERE username = #{username}")
    int setPassword(@Param("username") String username, @Param("passwordHash") String passwordHash);

    @Insert("INSERT INTO security.account (username, display_name, password_hash, roles) "
            + "VALUES (#{username}, #{displayName}, #{passwordHash}, #{roles}) ON CONFLICT (username) DO NOTHING")
    int insertIfAbsent(@Param("username") String username, @Param("displayName") String displayName,
                       @Param("passwordHash") String passwordHash, @Param("roles") String roles);
}
