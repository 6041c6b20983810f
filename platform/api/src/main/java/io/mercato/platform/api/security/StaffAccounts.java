package io.mercato.platform.api.security;

import io.mercato.platform.api.Actor;
import java.util.Collection;
import java.util.Map;
import java.util.Set;
import org.osgi.annotation.versioning.ProviderType;

/** Login accounts of staff; passwords are only ever stored hashed. */
@ProviderType
public interface StaffAccounts {
    /** Creates the account; a {@code ConflictException} if the user name is taken. */
    void create(Actor actor, String username, String displayName, char[] password, Set<String> roles);

    boolean exists(String username);

    /** The status of each named account that exists, keyed by user name. */
    Map<String, AccountStatus> statuses(Collection<String> usernames);

    /**
     * Lifts a lock-out after failed logins, of the account and of every address (audited); a
     * {@code NotFoundException} if there is no such account.
     */
    AccountStatus unlock(Actor actor, String username);

    /** Disables or enables an account (audited); disabling ends its sessions at once. */
    AccountStatus setEnabled(Actor actor, String username, boolean enabled);

    /**
     * Changes the actor's own password after checking the current one (audited) and ends all their sessions; a
     * {@code ValidationException} names the field that is wrong.
     */
    void changePassword(Actor actor, char[] current, char[] replacement);
}
