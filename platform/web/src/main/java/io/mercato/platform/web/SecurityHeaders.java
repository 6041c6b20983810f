package io.mercato.platform.web;

import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

/** The security headers of every answer: the API's (no content, never cached) and the console's (own scripts only). */
final class SecurityHeaders {
    static final String API_POLICY = "default-src 'none'; frame-ancestors 'none'; base-uri 'none'";
    static final String CONSOLE_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
            + "connect-src 'self'; font-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

    private SecurityHeaders() {
    }

    static void api(HttpServletRequest request, HttpServletResponse response) {
        common(request, response, API_POLICY);
        response.setHeader("Cache-Control", "no-store");
    }

    static void console(HttpServletRequest request, HttpServletResponse response) {
        common(request, response, CONSOLE_POLICY);
    }

    private static void common(HttpServletRequest request, HttpServletResponse response, String policy) {
        response.setHeader("Content-Security-Policy", policy);
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("X-Frame-Options", "DENY");
        response.setHeader("Referrer-Policy", "same-origin");
        if (request.isSecure()) {
            response.setHeader("Strict-Transport-Security", "max-age=31536000");
        }
    }
}
