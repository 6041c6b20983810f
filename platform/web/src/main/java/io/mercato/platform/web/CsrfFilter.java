package io.mercato.platform.web;

import java.io.IOException;
import java.util.Locale;
import java.util.Set;
import javax.servlet.Filter;
import javax.servlet.FilterChain;
import javax.servlet.ServletException;
import javax.servlet.ServletRequest;
import javax.servlet.ServletResponse;
import javax.servlet.http.Cookie;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

/**
 * Writes to the API that another web site could make a browser send are refused. A write that relies on the
 * session cookie must come from the console: same origin (Origin, Sec-Fetch-Site) and the session's CSRF token in
 * {@value CsrfTokens#HEADER}. Bodies a plain HTML form can send without script (form fields, multipart, plain text)
 * are refused on every write: the API reads JSON, and CSV where it imports CSV. Calls with an Authorization header
 * (scripts, integrations) carry their own proof and pass.
 */
final class CsrfFilter implements Filter {
    private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS");
    private static final Set<String> FORM_TYPES = Set.of("application/x-www-form-urlencoded", "multipart/form-data", "text/plain");

    @Override
    public void doFilter(ServletRequest servletRequest, ServletResponse servletResponse, FilterChain chain)
            throws IOException, ServletException {
        HttpServletRequest request = (HttpServletRequest) servletRequest;
        Problem refusal = SAFE_METHODS.contains(request.getMethod()) ? null : refusal(request);
        if (refusal != null) {
            ServletResponses.problem((HttpServletResponse) servletResponse, refusal);
            return;
        }
        chain.doFilter(servletRequest, servletResponse);
    }

    static Problem refusal(HttpServletRequest request) {
        if (request.getContentType() != null && FORM_TYPES.contains(mediaType(request.getContentType()))) {
            return Problem.of(415, "Unsupported Media Type", "Send application/json (or text/csv to an import); form and "
                    + "plain-text bodies are not accepted");
        }
        if (request.getHeader("Authorization") != null) {
            return null;
        }
        String origin = request.getHeader("Origin");
        if (origin != null && !sameHost(origin, request.getHeader("Host"))) {
            return Problem.of(403, "Forbidden", "Cross-site request refused: " + origin + " is not this server");
        }
        String fetchSite = request.getHeader("Sec-Fetch-Site");
        if (fetchSite != null && !fetchSite.equals("same-origin") && !fetchSite.equals("none")) {
            return Problem.of(403, "Forbidden", "Cross-site request refused");
        }
        String session = sessionCookie(request);
        // A login needs no token (a stale cookie may still be there); the origin checks above still apply to it.
        boolean login = "POST".equals(request.getMethod()) && "/api/session".equals(request.getRequestURI());
        if (session != null && !login && !CsrfTokens.matches(session, request.getHeader(CsrfTokens.HEADER))) {
            return Problem.of(403, "Forbidden", "A write with the session cookie needs the session's CSRF token in "
                    + CsrfTokens.HEADER + "; the console sends it (reload it if it is open)");
        }
        return null;
    }

    /** {@code https://shop.example.com:8443} against the Host header {@code shop.example.com:8443}. */
    static boolean sameHost(String origin, String host) {
        if (host == null) {
            return false;
        }
        int scheme = origin.indexOf("://");
        String originHost = scheme < 0 ? origin : origin.substring(scheme + 3);
        return originHost.equalsIgnoreCase(host);
    }

    private static String mediaType(String contentType) {
        int end = contentType.indexOf(';');
        return (end < 0 ? contentType : contentType.substring(0, end)).trim().toLowerCase(Locale.ROOT);
    }

    private static String sessionCookie(HttpServletRequest request) {
        if (request.getCookies() == null) {
            return null;
        }
        for (Cookie cookie : request.getCookies()) {
            if (AuthenticationFilter.SESSION_COOKIE.equals(cookie.getName())) {
                return cookie.getValue();
            }
        }
        return null;
    }
}
