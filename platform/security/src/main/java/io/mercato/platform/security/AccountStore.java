package io.mercato.platform.security;

import io.mercato.platform.api.Actor;
import io.mercato.platform.api.ConflictException;
import io.mercato.platform.api.NotFoundException;
import io.mercato.platform.api.ValidationException;
import io.mercato.platform.api.persistence.Transactions;
import io.mercato.platform.api.security.AccountStatus;
import io.mercato.platform.api.security.StaffAccounts;
import io.mercato.platform.api.validation.Check;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** Staff accounts: creation, status, unlocking, disabling and password changes, every change audited. */
@Component(service = {AccountStore.class, StaffAccounts.class})
public class AccountStore implements StaffAccounts {
    private static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._-]{1,63}");
    private static final int MIN_PASSWORD_LENGTH = 10;
    private final Transactions transactions;
    private final PasswordLogins passwords;
    private final SessionStore sessions;
    private final PasswordHasher hasher = new PasswordHasher(PasswordHasher.DEFAULT_ITERATIONS);

    @Activate
    public AccountStore(@Reference SecurityDatabase database, @Reference PasswordLogins passwords, @Reference SessionStore sessions) {
        this.transactions = database.transactions();
        this.passwords = passwords;
        this.sessions = sessions;
    }

    AccountRow find(String username) {
        String name = normalise(username);
        return transactions.read(tx -> tx.mapper(AccountMapper.class).find(name));
    }

    /** Creates the account unless it exists; true if it was created now. */
    public boolean createIfAbsent(Actor actor, String username, String displayName, char[] password, Set<String> roles) {
        String name = normalise(username);
        String hash = hasher.hash(password);
        String roleList = String.join(",", roles);
        return transactions.inTransaction(actor, tx -> {
            boolean created = tx.mapper(AccountMapper.class).insertIfAbsent(name, displayName, hash, roleList) == 1;
            if (created) {
                tx.audit("account.created", "account", name, Map.of("displayName", displayName, "roles", roleList));
            }
            return created;
        });
    }

    @Override
    public void create(Actor actor, String username, String displayName, char[] password, Set<String> roles) {
        Check.input()
                .code("username", normalise(username), USERNAME, "2-64 lower-case letters, digits, '.', '_' or '-'")
                .text("displayName", displayName, 100, true)
                .rule(password != null && password.length >= MIN_PASSWORD_LENGTH, "password",
                        "must be at least " + MIN_PASSWORD_LENGTH + " characters")
                .validate();
        if (!createIfAbsent(actor, username, displayName, password, roles)) {
            throw new ConflictException("username-taken", "The user name " + normalise(username) + " is taken");
        }
    }

    @Override
    public boolean exists(String username) {
        return find(username) != null;
    }

    @Override
    public Map<String, AccountStatus> statuses(Collection<String> usernames) {
        List<String> names = usernames.stream().map(AccountStore::normalise).distinct().toList();
        if (names.isEmpty()) {
            return Map.of();
        }
        return transactions.read(tx -> tx.mapper(AccountMapper.class).statuses(names)).stream()
                .collect(Collectors.toUnmodifiableMap(AccountStatus::username, status -> status));
    }

    @Override
    public AccountStatus unlock(Actor actor, String username) {
        String name = normalise(username);
        return transactions.inTransaction(actor, tx -> {
            AccountStatus before = existing(tx.mapper(AccountMapper.class), name);
            tx.mapper(AccountMapper.class).unlock(name);
            tx.mapper(ThrottleMapper.class).clearAll(name);
            tx.audit("account.unlocked", "account", name, Map.of("lockedUntilBefore", String.valueOf(before.lockedUntil())));
            return existing(tx.mapper(AccountMapper.class), name);
        });
    }

    @Override
    public AccountStatus setEnabled(Actor actor, String username, boolean enabled) {
        String name = normalise(username);
        AccountStatus after = transactions.inTransaction(actor, tx -> {
            AccountStatus before = existing(tx.mapper(AccountMapper.class), name);
            tx.mapper(AccountMapper.class).setEnabled(name, enabled);
            int ended = enabled ? 0 : tx.mapper(SessionMapper.class).revokeAll(name);
            tx.audit(enabled ? "account.enabled" : "account.disabled", "account", name,
                    Map.of("enabledBefore", before.enabled(), "sessionsEnded", ended));
            return existing(tx.mapper(AccountMapper.class), name);
        });
        sessions.forgetAccount(name);
        return after;
    }

    @Override
    public void changePassword(Actor actor, char[] current, char[] replacement) {
        Check.input()
                .rule(current != null && current.length > 0, "current", "is required")
                .rule(replacement != null && replacement.length >= MIN_PASSWORD_LENGTH, "replacement",
                        "must be at least " + MIN_PASSWORD_LENGTH + " characters")
                .rule(current == null || replacement == null || !Arrays.equals(current, replacement), "replacement",
                        "must differ from the current password")
                .validate();
        // A wrong current password counts as a failed login: a stolen session cannot be used to guess it.
        if (!passwords.attempt(actor.username(), current, "password-change").accepted()) {
            throw new ValidationException("current", "is not your current password");
        }
        String hash = hasher.hash(replacement);
        transactions.inTransaction(actor, tx -> {
            tx.mapper(AccountMapper.class).setPassword(normalise(actor.username()), hash);
            int ended = tx.mapper(SessionMapper.class).revokeAll(normalise(actor.username()));
            tx.audit("account.password-changed", "account", normalise(actor.username()), Map.of("sessionsEnded", ended));
            return null;
        });
        sessions.forgetAccount(normalise(actor.username()));
    }

    private static AccountStatus existing(AccountMapper accounts, String name) {
        List<AccountStatus> found = accounts.statuses(List.of(name));
        if (found.isEmpty()) {
            throw new NotFoundException("No account " + name);
        }
        return found.get(0);
    }

    static String normalise(String username) {
        return username == null ? "" : username.trim().toLowerCase(Locale.ROOT);
    }
}
