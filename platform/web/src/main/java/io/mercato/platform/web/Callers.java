package io.mercato.platform.web;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.Optional;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.component.annotations.Reference;

/**
 * Who is calling, from the Authorization header (bearer token or HTTP Basic) or the console's session cookie.
 * One component serves the JAX-RS application and the endpoint servlets, so both share the cache of checked
 * Basic credentials and it outlives the application being re-created.
 */
@Component(service = Callers.class, configurationPid = WebConfiguration.PID, configurationPolicy = ConfigurationPolicy.OPTIONAL)
public class Callers {
    private final SessionRegistry sessions;
    private final BasicCredentialsCache basic;

    @Activate
    public Callers(@Reference SessionRegistry sessions, WebConfiguration config) {
        this(sessions, new BasicCredentialsCache(new JaasAuthenticator(config.realm()), Duration.ofMinutes(5), Clock.systemUTC()));
    }

    Callers(SessionRegistry sessions, BasicCredentialsCache basic) {
        this.sessions = sessions;
        this.basic = basic;
    }

    Optional<Authenticator.Identity> identify(String authorization, String sessionCookie) {
        if (authorization != null && authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return sessions.find(authorization.substring(7).trim());
        }
        if (authorization != null && authorization.regionMatches(true, 0, "Basic ", 0, 6)) {
            return decodeBasic(authorization.substring(6).trim());
        }
        return sessionCookie == null ? Optional.empty() : sessions.find(sessionCookie);
    }

    private Optional<Authenticator.Identity> decodeBasic(String encoded) {
        try {
            String decoded = new String(Base64.getDecoder().decode(encoded), StandardCharsets.UTF_8);
            int colon = decoded.indexOf(':');
            if (colon < 1) {
                return Optional.empty();
            }
            return basic.authenticate(decoded.substring(0, colon), decoded.substring(colon + 1));
        } catch (IllegalArgumentException notBase64) {
            return Optional.empty();
        }
    }
}
