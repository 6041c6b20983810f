package io.mercato.platform.web;

import io.mercato.platform.api.Actor;
import io.mercato.platform.api.NotFoundException;
import io.mercato.platform.api.security.AccountStatus;
import io.mercato.platform.api.security.RequiresCapability;
import io.mercato.platform.api.security.StaffAccounts;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.SecurityContext;

/**
 * {@code /api/accounts/{username}}: any login account, admins' included, for those who look after accounts: admins,
 * and a department given {@value #CAPABILITY} (tech admin). Staff management in the organisation covers staff only.
 */
@Path("accounts/{username}")
@Produces(MediaType.APPLICATION_JSON)
@RequiresCapability(AccountResource.CAPABILITY)
public final class AccountResource {
    static final String CAPABILITY = "accounts.manage";
    private final StaffAccounts accounts;

    public AccountResource(StaffAccounts accounts) {
        this.accounts = accounts;
    }

    @GET
    public AccountStatus get(@PathParam("username") String username) {
        AccountStatus status = accounts.statuses(java.util.List.of(username)).get(username.trim().toLowerCase(java.util.Locale.ROOT));
        if (status == null) {
            throw new NotFoundException("No account " + username);
        }
        return status;
    }

    @POST
    @Path("unlock")
    public AccountStatus unlock(@PathParam("username") String username, @Context SecurityContext security) {
        return accounts.unlock(actor(security), username);
    }

    @POST
    @Path("disable")
    public AccountStatus disable(@PathParam("username") String username, @Context SecurityContext security) {
        if (security.getUserPrincipal().getName().equals(username.trim().toLowerCase(java.util.Locale.ROOT))) {
            throw new io.mercato.platform.api.ValidationException("username", "you cannot disable your own account");
        }
        return accounts.setEnabled(actor(security), username, false);
    }

    @POST
    @Path("enable")
    public AccountStatus enable(@PathParam("username") String username, @Context SecurityContext security) {
        return accounts.setEnabled(actor(security), username, true);
    }

    private static Actor actor(SecurityContext security) {
        return new Actor(security.getUserPrincipal().getName());
    }
}
