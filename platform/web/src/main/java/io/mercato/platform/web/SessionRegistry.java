package io.mercato.platform.web;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;

/**
 * Console and API sessions: an unguessable token per login, valid while used within the idle timeout.
 * Kept in memory: a restart logs everyone out, which is acceptable for staff sessions. A component of its
 * own so that sessions outlive a re-created JAX-RS application.
 */
@Component(service = SessionRegistry.class, configurationPid = WebConfiguration.PID)
public final class SessionRegistry {
    private final Map<String, Session> sessions = new ConcurrentHashMap<>();
    private final SecureRandom random = new SecureRandom();
    private final Duration idleTimeout;
    private final Clock clock;

    @Activate
    public SessionRegistry(WebConfiguration config) {
        this(Duration.ofMinutes(config.sessionIdleMinutes()), Clock.systemUTC());
    }

    public SessionRegistry(Duration idleTimeout, Clock clock) {
        this.idleTimeout = idleTimeout;
        this.clock = clock;
    }

    public String open(Authenticator.Identity identity) {
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        sessions.put(token, new Session(identity, clock.instant()));
        return token;
    }

    public Optional<Authenticator.Identity> find(String token) {
        if (token == null) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        Session session = sessions.computeIfPresent(token, (key, current) ->
                current.lastUsed().plus(idleTimeout).isBefore(now) ? null : new Session(current.identity(), now));
        return Optional.ofNullable(session).map(Session::identity);
    }

    public void close(String token) {
        if (token != null) {
            sessions.remove(token);
        }
    }

    private record Session(Authenticator.Identity identity, Instant lastUsed) {
    }
}
