package io.mercato.platform.security;

import io.mercato.platform.api.security.LoginResult;
import io.mercato.platform.api.security.StaffAuthentication;
import io.mercato.platform.api.security.StaffIdentity;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Logins, sessions and HTTP Basic for the API. Hashing a password is slow on purpose; scripts that send Basic
 * credentials on every call would pay it each time, so a success is remembered for a few minutes, keyed by a digest
 * of the credentials and tied to the stored hash. Each call still reads the account: a lock, a disabled account or
 * a changed password takes effect at once.
 */
@Component(service = {StaffAuthentication.class, Authentication.class})
public class Authentication implements StaffAuthentication {
    private static final Duration REMEMBER_BASIC = Duration.ofMinutes(5);
    private static final int MAX_REMEMBERED = 10_000;
    private final PasswordLogins passwords;
    private final SessionStore sessions;
    private final AccountStore accounts;
    private final Clock clock;
    private final Map<String, Remembered> verified = new ConcurrentHashMap<>();
    private final SecretKeySpec rememberKey = randomKey();

    @Activate
    public Authentication(@Reference PasswordLogins passwords, @Reference SessionStore sessions, @Reference AccountStore accounts) {
        this(passwords, sessions, accounts, Clock.systemUTC());
    }

    Authentication(PasswordLogins passwords, SessionStore sessions, AccountStore accounts, Clock clock) {
        this.passwords = passwords;
        this.sessions = sessions;
        this.accounts = accounts;
        this.clock = clock;
    }

    private static SecretKeySpec randomKey() {
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        return new SecretKeySpec(key, "HmacSHA256");
    }

    private record Remembered(String passwordHash, Instant until) {
    }

    @Override
    public LoginResult login(String username, char[] password, String source) {
        LoginResult checked = passwords.attempt(username, password, source);
        if (!checked.accepted()) {
            return checked;
        }
        String token = sessions.open(checked.identity().username(), source);
        return LoginResult.accepted(checked.identity(), token);
    }

    @Override
    public LoginResult verify(String username, char[] password, String source) {
        AccountRow account = accounts.find(username);
        if (account == null || !account.usable()) {
            return passwords.attempt(username, password, source);
        }
        String key = digest(account.username() + '\u0000' + new String(password));
        Instant now = clock.instant();
        Remembered remembered = verified.get(key);
        if (remembered != null && remembered.until().isAfter(now) && remembered.passwordHash().equals(account.passwordHash())) {
            return LoginResult.accepted(new StaffIdentity(account.username(), account.roleSet()), null);
        }
        LoginResult checked = passwords.attempt(username, password, source);
        if (checked.accepted()) {
            if (verified.size() >= MAX_REMEMBERED) {
                verified.values().removeIf(entry -> !entry.until().isAfter(now));
            }
            verified.put(key, new Remembered(account.passwordHash(), now.plus(REMEMBER_BASIC)));
        } else {
            verified.remove(key);
        }
        return checked;
    }

    @Override
    public Optional<StaffIdentity> session(String token) {
        return sessions.find(token);
    }

    @Override
    public String openSession(String username, String source) {
        return sessions.open(AccountStore.normalise(username), source);
    }

    @Override
    public void logout(String token) {
        sessions.close(token);
    }

    /** A keyed digest with a secret of this process, so the remembered keys reveal nothing about the passwords. */
    private String digest(String text) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(rememberKey);
            return HexFormat.of().formatHex(mac.doFinal(text.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
