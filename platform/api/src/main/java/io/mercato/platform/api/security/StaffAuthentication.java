package io.mercato.platform.api.security;

import java.util.Optional;
import org.osgi.annotation.versioning.ProviderType;

/**
 * Checks who is calling. Failed passwords are counted atomically per account and per source address: after a few
 * in a row that address is paused for that account (others are not), and after many from anywhere the account is
 * locked until an admin unlocks it or the lock expires. Sessions live in the database; every check of a session or
 * of remembered HTTP Basic credentials also checks that the account is still enabled and not locked.
 */
@ProviderType
public interface StaffAuthentication {
    /** A login (console, scripts): on success a new session, whose token is in the result. */
    LoginResult login(String username, char[] password, String source);

    /** HTTP Basic credentials of one call: checked like a login, without a session; a success is remembered briefly. */
    LoginResult verify(String username, char[] password, String source);

    /** The staff member of a live session, while the account is enabled and not locked. */
    Optional<StaffIdentity> session(String token);

    /** A new session for someone who just proved who they are again (e.g. after changing their password). */
    String openSession(String username, String source);

    /** Ends the session; an unknown token is ignored. */
    void logout(String token);
}
