package io.mercato.platform.api.security;

import io.mercato.platform.api.Actor;
import java.util.Set;
import org.osgi.annotation.versioning.ProviderType;

/** Login accounts of staff; passwords are only ever stored hashed. */
@ProviderType
public interface StaffAccounts {
    /** Creates the account; a {@code ConflictException} if the user name is taken. */
    void create(Actor actor, String username, String displayName, char[] password, Set<String> roles);

    boolean exists(String username);
}
