package io.mercato.platform.security;

import org.apache.ibatis.annotations.Insert;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;

public interface AccountMapper {
    @Select("SELECT username, display_name, password_hash, roles, enabled FROM security.account WHERE username = #{username}")
    AccountRow find(@Param("username") String username);

    @Insert("INSERT INTO security.account (username, display_name, password_hash, roles) "
            + "VALUES (#{username}, #{displayName}, #{passwordHash}, #{roles}) ON CONFLICT (username) DO NOTHING")
    int insertIfAbsent(@Param("username") String username, @Param("displayName") String displayName,
                       @Param("passwordHash") String passwordHash, @Param("roles") String roles);
}
