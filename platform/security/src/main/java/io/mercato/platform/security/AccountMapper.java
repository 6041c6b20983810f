package io.mercato.platform.security;

import org.apache.ibatis.annotations.Insert;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;

public interface AccountMapper {
    @Select("SELECT username, display_name, password_hash, roles, enabled, COALESCE(locked_until > now(), false) AS locked "
            + "FROM security.account WHERE username = #{username}")
    AccountRow find(@Param("username") String username);

    /** Counts a failure; the failure that reaches the limit locks the account and starts counting again. */
    @Select("UPDATE security.account SET "
            + "locked_until = CASE WHEN failed_logins + 1 >= #{limit} THEN now() + make_interval(mins => #{minutes}) ELSE locked_until END, "
            + "failed_logins = CASE WHEN failed_logins + 1 >= #{limit} THEN 0 ELSE failed_logins + 1 END "
            + "WHERE username = #{username} RETURNING locked_until > now()")
    Boolean recordFailure(@Param("username") String username, @Param("limit") int limit, @Param("minutes") int minutes);

    @org.apache.ibatis.annotations.Update("UPDATE security.account SET failed_logins = 0 WHERE username = #{username} AND failed_logins > 0")
    void recordSuccess(@Param("username") String username);

    @Select("<script>SELECT username, display_name, enabled, locked_until FROM security.account WHERE username IN "
            + "<foreach item='name' collection='usernames' open='(' separator=',' close=')'>#{name}</foreach></script>")
    java.util.List<io.mercato.platform.api.security.AccountStatus> statuses(@Param("usernames") java.util.Collection<String> usernames);

    @org.apache.ibatis.annotations.Update("UPDATE security.account SET locked_until = NULL, failed_logins = 0 WHERE username = #{username}")
    int unlock(@Param("username") String username);

    @Insert("INSERT INTO security.account (username, display_name, password_hash, roles) "
            + "VALUES (#{username}, #{displayName}, #{passwordHash}, #{roles}) ON CONFLICT (username) DO NOTHING")
    int insertIfAbsent(@Param("username") String username, @Param("displayName") String displayName,
                       @Param("passwordHash") String passwordHash, @Param("roles") String roles);
}
