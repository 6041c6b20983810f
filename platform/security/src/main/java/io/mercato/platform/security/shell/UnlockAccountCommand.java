package io.mercato.platform.security.shell;

import io.mercato.platform.api.Actor;
import io.mercato.platform.api.security.AccountStatus;
import io.mercato.platform.api.security.StaffAccounts;
import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;

/**
 * {@code mercato:unlock admin}: lifts a lock-out of any account, admins included. From the local console of
 * {@code bin/karaf} it needs no login, so no attacker can keep the last admin out.
 */
@Service
@Command(scope = "mercato", name = "unlock", description = "Unlock an account locked after failed logins, from every address")
public class UnlockAccountCommand implements Action {
    @Reference
    private StaffAccounts accounts;

    @Argument(index = 0, name = "username", required = true, description = "The account to unlock")
    private String username;

    @Override
    public Object execute() {
        AccountStatus status = accounts.unlock(Actor.shellUser(), username);
        return "Unlocked " + status.username() + (status.enabled() ? "" : " (the account is disabled)");
    }
}
