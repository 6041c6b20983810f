package io.mercato.platform.security;

import io.mercato.platform.api.Actor;
import io.mercato.platform.api.persistence.Transactions;
import io.mercato.platform.api.security.StaffIdentity;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Sessions in {@code security.session}: an unguessable token per login of which only a hash is stored, valid while
 * used within {@value #IDLE_MINUTES} minutes, for at most {@value #LIFETIME_DAYS} days, and only while its account
 * may log in. Last use is written at most once a minute, so checking a session is one read, and a session read in the
 * last few seconds is taken from {@link SessionCache} (most requests of a busy session check nothing in the database).
 */
@Component(service = SessionStore.class)
public class SessionStore {
    static final int IDLE_MINUTES = 8 * 60;
    static final int LIFETIME_DAYS = 7;
    private final Transactions transactions;
    private final SecureRandom random = new SecureRandom();
    private final SessionCache recent = new SessionCache();

    @Activate
    public SessionStore(@Reference SecurityDatabase database) {
        this.transactions = database.transactions();
    }

    String open(String username, String source) {
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        transactions.inTransaction(new Actor(username), tx -> {
            tx.mapper(SessionMapper.class).insert(hash(token), username, PasswordLogins.source(source), LIFETIME_DAYS);
            return null;
        });
        return token;
    }

    Optional<StaffIdentity> find(String token) {
        if (token == null || token.isBlank() || token.length() > 100) {
            return Optional.empty();
        }
        String hash = hash(token);
        Optional<StaffIdentity> recentlyValid = recent.get(hash);
        if (recentlyValid.isPresent()) {
            return recentlyValid;
        }
        SessionMapper.SessionRow row = transactions.read(tx -> tx.mapper(SessionMapper.class).find(hash, IDLE_MINUTES));
        if (row == null) {
            return Optional.empty();
        }
        if (row.stale()) {
            transactions.inTransaction(new Actor(row.username()), tx -> {
                tx.mapper(SessionMapper.class).touch(hash);
                return null;
            });
        }
        StaffIdentity identity = new StaffIdentity(row.username(), AccountRow.parseRoles(row.roles()));
        recent.put(hash, identity);
        return Optional.of(identity);
    }

    void close(String token) {
        if (token != null && !token.isBlank()) {
            transactions.inTransaction(Actor.SYSTEM, tx -> {
                tx.mapper(SessionMapper.class).revoke(hash(token));
                return null;
            });
            recent.forget(hash(token));
        }
    }

    /**
     * Forgets what this node remembers of the account's sessions: called after its sessions were ended, or it was disabled
     * or locked, so that the next request checks the database again.
     */
    void forgetAccount(String username) {
        recent.forgetAccount(username);
    }

    static String hash(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
