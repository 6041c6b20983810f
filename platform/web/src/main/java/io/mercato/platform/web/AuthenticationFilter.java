package io.mercato.platform.web;

import io.mercato.platform.api.security.StaffIdentity;
import java.security.Principal;
import java.util.Optional;
import java.util.Set;
import javax.annotation.Priority;
import javax.ws.rs.Priorities;
import javax.ws.rs.container.ContainerRequestContext;
import javax.ws.rs.container.ContainerRequestFilter;
import javax.servlet.http.HttpServletRequest;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.Cookie;
import javax.ws.rs.core.HttpHeaders;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.SecurityContext;

/**
 * Every API call needs a user: a session cookie (console), a bearer token from {@code POST /api/session},
 * or HTTP Basic checked against the JAAS realm. Only the API root and the login itself are open.
 */
@Priority(Priorities.AUTHENTICATION)
public final class AuthenticationFilter implements ContainerRequestFilter {
    public static final String SESSION_COOKIE = "MERCATO_SESSION";
    static final Problem LOGIN_FIRST = Problem.of(401, "Unauthorized", "Log in first: POST /api/session, or send HTTP Basic credentials");
    static final String CHALLENGE = "Bearer realm=\"mercato\"";
    private final Callers callers;
    @Context
    private HttpServletRequest servletRequest;

    AuthenticationFilter(Callers callers) {
        this.callers = callers;
    }

    @Override
    public void filter(ContainerRequestContext request) {
        if (isOpen(request)) {
            return;
        }
        Optional<StaffIdentity> identity = identify(request);
        if (identity.isEmpty()) {
            request.abortWith(Response.fromResponse(Problems.response(LOGIN_FIRST))
                    .header(HttpHeaders.WWW_AUTHENTICATE, CHALLENGE).build());
            return;
        }
        boolean secure = request.getSecurityContext().isSecure();
        request.setSecurityContext(new StaffSecurityContext(identity.get(), secure));
    }

    /** GET of the API root and POST of a login; checked without a regex since it runs on every request. */
    private static boolean isOpen(ContainerRequestContext request) {
        String method = request.getMethod();
        boolean get = "GET".equals(method);
        if (!get && !"POST".equals(method)) {
            return false;
        }
        String path = withoutEdgeSlashes(request.getUriInfo().getPath());
        return get ? path.isEmpty() : "session".equals(path);
    }

    static String withoutEdgeSlashes(String path) {
        int start = 0;
        int end = path.length();
        while (start < end && path.charAt(start) == '/') {
            start++;
        }
        while (end > start && path.charAt(end - 1) == '/') {
            end--;
        }
        return path.substring(start, end);
    }

    private Optional<StaffIdentity> identify(ContainerRequestContext request) {
        Cookie cookie = request.getCookies().get(SESSION_COOKIE);
        return callers.identify(request.getHeaderString(HttpHeaders.AUTHORIZATION), cookie == null ? null : cookie.getValue(),
                servletRequest == null ? null : servletRequest.getRemoteAddr());
    }

    /** The authenticated staff member as JAX-RS sees it. */
    static final class StaffSecurityContext implements SecurityContext {
        private final StaffIdentity identity;
        private final boolean secure;

        StaffSecurityContext(StaffIdentity identity, boolean secure) {
            this.identity = identity;
            this.secure = secure;
        }

        @Override
        public Principal getUserPrincipal() {
            return identity::username;
        }

        Set<String> roles() {
            return identity.roles();
        }

        @Override
        public boolean isUserInRole(String role) {
            return identity.roles().contains(role);
        }

        @Override
        public boolean isSecure() {
            return secure;
        }

        @Override
        public String getAuthenticationScheme() {
            return "MERCATO";
        }
    }
}
