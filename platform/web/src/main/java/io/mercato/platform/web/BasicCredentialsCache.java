package io.mercato.platform.web;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Password hashing is slow on purpose; scripts that send HTTP Basic on every call would pay it each time.
 * A successful check is remembered briefly, keyed by a digest of the credentials (never the password).
 */
public final class BasicCredentialsCache {
    private final Authenticator authenticator;
    private final Duration ttl;
    private final Clock clock;
    private final Map<String, Entry> verified = new ConcurrentHashMap<>();

    public BasicCredentialsCache(Authenticator authenticator, Duration ttl, Clock clock) {
        this.authenticator = authenticator;
        this.ttl = ttl;
        this.clock = clock;
    }

    public Optional<Authenticator.Identity> authenticate(String username, String password) {
        String key = digest(username + '\u0000' + password);
        Instant now = clock.instant();
        Entry cached = verified.get(key);
        if (cached != null && cached.expires().isAfter(now)) {
            return Optional.of(cached.identity());
        }
        Optional<Authenticator.Identity> identity = authenticator.authenticate(username, password);
        identity.ifPresentOrElse(found -> verified.put(key, new Entry(found, now.plus(ttl))), () -> verified.remove(key));
        if (verified.size() > 10_000) {
            verified.values().removeIf(entry -> entry.expires().isBefore(now));
        }
        return identity;
    }

    private static String digest(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private record Entry(Authenticator.Identity identity, Instant expires) {
    }
}
