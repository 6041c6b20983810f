package io.mercato.platform.web;

import io.mercato.platform.api.Actor;
import io.mercato.platform.api.security.LoginResult;
import io.mercato.platform.api.security.StaffAccounts;
import io.mercato.platform.api.security.StaffAuthentication;
import io.mercato.platform.api.validation.Check;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import java.util.TreeSet;
import javax.servlet.http.HttpServletRequest;
import javax.ws.rs.Consumes;
import javax.ws.rs.CookieParam;
import javax.ws.rs.DELETE;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.PUT;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.SecurityContext;

/**
 * Login and logout for the console (an HttpOnly cookie, plus a CSRF token the page sends back on writes) and for
 * API clients (a bearer token in the answer); changing one's own password.
 */
@io.mercato.platform.api.security.ExternalAccess
@Path("session")
@Produces(MediaType.APPLICATION_JSON)
public final class SessionResource {
    private final StaffAuthentication authentication;
    private final StaffAccounts accounts;

    public SessionResource(StaffAuthentication authentication, StaffAccounts accounts) {
        this.authentication = authentication;
        this.accounts = accounts;
    }

    public record Credentials(String username, String password) {
    }

    public record PasswordChange(String current, String replacement) {
    }

    public record SessionView(String username, Set<String> roles, String token, String csrfToken) {
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response login(Credentials credentials, @Context HttpServletRequest request) {
        Check.input().required("username", credentials.username()).required("password", credentials.password()).validate();
        LoginResult result = authentication.login(credentials.username(), credentials.password().toCharArray(), request.getRemoteAddr());
        return switch (result.outcome()) {
            case ACCEPTED -> opened(result.identity().username(), result.identity().roles(), result.sessionToken(), request);
            case THROTTLED -> {
                long seconds = Math.max(1, Duration.between(Instant.now(), result.retryAfter()).toSeconds());
                yield Response.fromResponse(Problems.response(Problem.of(429, "Too Many Requests",
                        "Too many failed logins from your address; try again in " + (seconds + 59) / 60 + " minute(s)")))
                        .header("Retry-After", Long.toString(seconds)).build();
            }
            case REJECTED -> Problems.response(Problem.of(401, "Unauthorized",
                    "Unknown user name or wrong password, or the account is locked or disabled"));
        };
    }

    @GET
    public SessionView current(@Context SecurityContext security,
                               @CookieParam(AuthenticationFilter.SESSION_COOKIE) String sessionCookie) {
        Set<String> roles = security instanceof AuthenticationFilter.StaffSecurityContext staff
                ? new TreeSet<>(staff.roles()) : Set.of();
        return new SessionView(security.getUserPrincipal().getName(), roles, null,
                sessionCookie == null ? null : CsrfTokens.forSession(sessionCookie));
    }

    @DELETE
    public Response logout(@CookieParam(AuthenticationFilter.SESSION_COOKIE) String cookie,
                           @Context javax.ws.rs.core.HttpHeaders headers, @Context HttpServletRequest request) {
        String authorization = headers.getHeaderString(javax.ws.rs.core.HttpHeaders.AUTHORIZATION);
        if (authorization != null && authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
            authentication.logout(authorization.substring(7).trim());
        }
        authentication.logout(cookie);
        return Response.noContent().header("Set-Cookie", cookie("", 0, request.isSecure())).build();
    }

    /** Changes the caller's password; every session of theirs ends, and this client gets a fresh one. */
    @PUT
    @Path("password")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response changePassword(PasswordChange change, @Context SecurityContext security, @Context HttpServletRequest request) {
        Check.input().required("current", change.current()).required("replacement", change.replacement()).validate();
        String username = security.getUserPrincipal().getName();
        accounts.changePassword(new Actor(username), change.current().toCharArray(), change.replacement().toCharArray());
        Set<String> roles = security instanceof AuthenticationFilter.StaffSecurityContext staff ? staff.roles() : Set.of();
        return opened(username, roles, authentication.openSession(username, request.getRemoteAddr()), request);
    }

    private static Response opened(String username, Set<String> roles, String token, HttpServletRequest request) {
        return Response.ok(new SessionView(username, new TreeSet<>(roles), token, CsrfTokens.forSession(token)))
                .header("Set-Cookie", cookie(token, -1, request.isSecure())).build();
    }

    /** HttpOnly, SameSite=Strict, and Secure whenever the request came over HTTPS (directly or via a proxy). */
    static String cookie(String value, int maxAge, boolean secure) {
        return AuthenticationFilter.SESSION_COOKIE + "=" + value + "; Path=/; HttpOnly; SameSite=Strict"
                + (maxAge >= 0 ? "; Max-Age=" + maxAge : "") + (secure ? "; Secure" : "");
    }
}
