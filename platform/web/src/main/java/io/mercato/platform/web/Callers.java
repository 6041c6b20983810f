package io.mercato.platform.web;

import io.mercato.platform.api.security.LoginResult;
import io.mercato.platform.api.security.StaffAuthentication;
import io.mercato.platform.api.security.StaffIdentity;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Who is calling, from the Authorization header (bearer token or HTTP Basic) or the console's session cookie.
 * One component serves the JAX-RS applications and the endpoint servlets alike.
 */
@Component(service = Callers.class)
public class Callers {
    private final StaffAuthentication authentication;

    @Activate
    public Callers(@Reference StaffAuthentication authentication) {
        this.authentication = authentication;
    }

    Optional<StaffIdentity> identify(String authorization, String sessionCookie, String source) {
        if (authorization != null && authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return authentication.session(authorization.substring(7).trim());
        }
        if (authorization != null && authorization.regionMatches(true, 0, "Basic ", 0, 6)) {
            return decodeBasic(authorization.substring(6).trim(), source);
        }
        return sessionCookie == null ? Optional.empty() : authentication.session(sessionCookie);
    }

    private Optional<StaffIdentity> decodeBasic(String encoded, String source) {
        try {
            String decoded = new String(Base64.getDecoder().decode(encoded), StandardCharsets.UTF_8);
            int colon = decoded.indexOf(':');
            if (colon < 1) {
                return Optional.empty();
            }
            LoginResult result = authentication.verify(decoded.substring(0, colon), decoded.substring(colon + 1).toCharArray(), source);
            return result.accepted() ? Optional.of(result.identity()) : Optional.empty();
        } catch (IllegalArgumentException notBase64) {
            return Optional.empty();
        }
    }
}
