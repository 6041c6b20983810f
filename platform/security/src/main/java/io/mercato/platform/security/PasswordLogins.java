package io.mercato.platform.security;

import io.mercato.platform.api.Actor;
import io.mercato.platform.api.persistence.Transactions;
import io.mercato.platform.api.security.LoginResult;
import io.mercato.platform.api.security.StaffIdentity;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Checks passwords and counts failures. An attempt first takes its place in the count of its account and source
 * address (one atomic statement), so however many guesses arrive at once, at most {@value #ATTEMPTS_PER_SOURCE} of
 * them are checked before the address is paused for {@value #PAUSE_MINUTES} minutes; other addresses may still log
 * in. {@value #FAILURES_BEFORE_ACCOUNT_LOCK} failures in a row from anywhere lock the account for
 * {@value #PAUSE_MINUTES} minutes. Every failure is audited with its address, each pause and lock once.
 */
@Component(service = PasswordLogins.class)
public class PasswordLogins {
    static final int ATTEMPTS_PER_SOURCE = 5;
    static final int FAILURES_BEFORE_ACCOUNT_LOCK = 10;
    static final int PAUSE_MINUTES = 15;
    private static final Actor ANONYMOUS = new Actor("anonymous");

    private final Transactions transactions;
    private final SessionStore sessions;
    private final PasswordHasher hasher = new PasswordHasher(PasswordHasher.DEFAULT_ITERATIONS);
    /** Checked against when the name is unknown, so an unknown name takes as long as a wrong password. */
    private final String decoyHash = hasher.decoy();

    @Activate
    public PasswordLogins(@Reference SecurityDatabase database, @Reference SessionStore sessions) {
        this.transactions = database.transactions();
        this.sessions = sessions;
    }

    /** The identity when the password is right and the account may log in; why not otherwise. */
    LoginResult attempt(String username, char[] password, String source) {
        String name = AccountStore.normalise(username);
        String from = source(source);
        Integer attempt = transactions.inTransaction(ANONYMOUS, tx ->
                tx.mapper(ThrottleMapper.class).takeAttempt(name, from, ATTEMPTS_PER_SOURCE));
        if (attempt == null) {
            Instant until = transactions.read(tx -> tx.mapper(ThrottleMapper.class).pausedUntil(name, from));
            recordFailure(name, from, "paused", false, attempt);
            return LoginResult.throttled(until != null ? until : Instant.now().plusSeconds(5));
        }
        AccountRow account = transactions.read(tx -> tx.mapper(AccountMapper.class).find(name));
        boolean matches = hasher.matches(password, account == null ? decoyHash : account.passwordHash());
        if (account == null || !account.usable() || !matches) {
            String reason = account == null ? "unknown user" : !account.enabled() ? "disabled"
                    : account.locked() ? "account locked" : "wrong password";
            recordFailure(name, from, reason, account != null && account.usable(), attempt);
            return LoginResult.rejected();
        }
        transactions.inTransaction(new Actor(name), tx -> {
            tx.mapper(ThrottleMapper.class).clear(name, from);
            tx.mapper(AccountMapper.class).recordSuccess(name);
            return null;
        });
        return LoginResult.accepted(new StaffIdentity(name, account.roleSet()), null);
    }

    private void recordFailure(String name, String source, String reason, boolean countAgainstAccount, Integer attempt) {
        boolean locked = transactions.inTransaction(ANONYMOUS, tx -> {
            tx.audit("login.failed", "account", name, Map.of("source", source, "reason", reason));
            if (attempt != null && attempt == ATTEMPTS_PER_SOURCE) {
                tx.mapper(ThrottleMapper.class).pause(name, source, PAUSE_MINUTES);
                tx.audit("login.paused", "account", name, Map.of("source", source, "minutes", PAUSE_MINUTES,
                        "after", ATTEMPTS_PER_SOURCE + " failed logins from this address"));
            }
            if (countAgainstAccount) {
                Integer failures = tx.mapper(AccountMapper.class).recordFailure(name, FAILURES_BEFORE_ACCOUNT_LOCK, PAUSE_MINUTES);
                if (failures != null && failures == FAILURES_BEFORE_ACCOUNT_LOCK) {
                    tx.audit("account.locked", "account", name, Map.of("minutes", PAUSE_MINUTES,
                            "after", FAILURES_BEFORE_ACCOUNT_LOCK + " failed logins in a row", "lastSource", source));
                    return true;
                }
            }
            return false;
        });
        if (locked) {
            sessions.forgetAccount(name); // a locked account's sessions stop at once, as they did without the cache
        }
    }

    /** The address as given, bounded; "unknown" when the caller could not tell. */
    static String source(String source) {
        if (source == null || source.isBlank()) {
            return "unknown";
        }
        String trimmed = source.strip().toLowerCase(Locale.ROOT);
        return trimmed.length() > 64 ? trimmed.substring(0, 64) : trimmed;
    }
}
