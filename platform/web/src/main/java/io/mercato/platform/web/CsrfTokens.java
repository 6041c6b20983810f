package io.mercato.platform.web;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;

/**
 * The console proves a write comes from itself with a token derived from its session token: readable by the page
 * (it gets it at login), never by another site, and nothing to store.
 */
final class CsrfTokens {
    static final String HEADER = "X-CSRF-Token";

    private CsrfTokens() {
    }

    static String forSession(String sessionToken) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(("mercato-csrf:" + sessionToken).getBytes(StandardCharsets.UTF_8));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static boolean matches(String sessionToken, String presented) {
        return presented != null && MessageDigest.isEqual(forSession(sessionToken).getBytes(StandardCharsets.UTF_8),
                presented.getBytes(StandardCharsets.UTF_8));
    }
}
