package io.mercato.platform.web;

import io.mercato.platform.api.validation.Check;
import java.util.Set;
import java.util.TreeSet;
import javax.ws.rs.Consumes;
import javax.ws.rs.CookieParam;
import javax.ws.rs.DELETE;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.NewCookie;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.SecurityContext;

/** Login and logout for the console (cookie) and for API clients (bearer token in the answer). */
@Path("session")
@Produces(MediaType.APPLICATION_JSON)
public final class SessionResource {
    private final Authenticator authenticator;
    private final SessionRegistry sessions;

    public SessionResource(Authenticator authenticator, SessionRegistry sessions) {
        this.authenticator = authenticator;
        this.sessions = sessions;
    }

    public record Credentials(String username, String password) {
    }

    public record SessionView(String username, Set<String> roles, String token) {
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response login(Credentials credentials) {
        Check.input().required("username", credentials.username()).required("password", credentials.password()).validate();
        return authenticator.authenticate(credentials.username(), credentials.password())
                .map(identity -> {
                    String token = sessions.open(identity);
                    NewCookie cookie = new NewCookie(AuthenticationFilter.SESSION_COOKIE, token, "/", null,
                            NewCookie.DEFAULT_VERSION, null, NewCookie.DEFAULT_MAX_AGE, null, false, true);
                    return Response.ok(new SessionView(identity.username(), new TreeSet<>(identity.roles()), token))
                            .header("Set-Cookie", cookie + ";SameSite=Strict").build();
                })
                .orElseGet(() -> Problems.response(Problem.of(401, "Unauthorized", "Unknown user name or wrong password")));
    }

    @GET
    public SessionView current(@Context SecurityContext security) {
        Set<String> roles = security instanceof AuthenticationFilter.StaffSecurityContext staff
                ? new TreeSet<>(staff.roles()) : Set.of();
        return new SessionView(security.getUserPrincipal().getName(), roles, null);
    }

    @DELETE
    public Response logout(@CookieParam(AuthenticationFilter.SESSION_COOKIE) String token) {
        sessions.close(token);
        return Response.noContent()
                .header("Set-Cookie", AuthenticationFilter.SESSION_COOKIE + "=; Path=/; Max-Age=0; HttpOnly; SameSite=Strict")
                .build();
    }
}
