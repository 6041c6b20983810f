package io.mercato.platform.security;

import io.mercato.platform.api.Actor;
import io.mercato.platform.api.ConflictException;
import io.mercato.platform.api.NotFoundException;
import io.mercato.platform.api.security.AccountStatus;
import io.mercato.platform.api.security.StaffAccounts;
import io.mercato.platform.api.validation.Check;
import io.mercato.platform.api.persistence.SchemaDatabase;
import io.mercato.platform.api.persistence.Transactions;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** Staff accounts: password checks for the JAAS realm, creation for bootstrap and administration. */
@Component(service = {AccountStore.class, StaffAccounts.class})
public class AccountStore implements StaffAccounts {
    private final Transactions transactions;
    static final int FAILURES_BEFORE_LOCK = 5;
    static final int LOCK_MINUTES = 15;
    private static final java.util.regex.Pattern USERNAME = java.util.regex.Pattern.compile("[a-z0-9][a-z0-9._-]{1,63}");
    private final PasswordHasher hasher = new PasswordHasher(PasswordHasher.DEFAULT_ITERATIONS);

    @Activate
    public AccountStore(@Reference(target = "(" + SchemaDatabase.SCHEMA_PROPERTY + "=security)") SchemaDatabase database) {
        this.transactions = database.transactions(AccountMapper.class);
    }

    /**
     * The roles of an enabled, unlocked account whose password matches; empty otherwise. After
     * {@value #FAILURES_BEFORE_LOCK} failures in a row the account is locked for {@value #LOCK_MINUTES} minutes.
     */
    public Optional<Set<String>> verify(String username, char[] password) {
        String name = normalise(username);
        AccountRow row = transactions.read(tx -> tx.mapper(AccountMapper.class).find(name));
        if (row == null || !row.enabled() || row.locked()) {
            return Optional.empty();
        }
        if (!hasher.matches(password, row.passwordHash())) {
            recordFailure(name);
            return Optional.empty();
        }
        transactions.inTransaction(new Actor(name), tx -> {
            tx.mapper(AccountMapper.class).recordSuccess(name);
            return null;
        });
        return Optional.of(Arrays.stream(row.roles().split(",")).map(String::trim)
                .filter(role -> !role.isEmpty()).collect(Collectors.toUnmodifiableSet()));
    }

    private void recordFailure(String name) {
        transactions.inTransaction(new Actor(name), tx -> {
            if (Boolean.TRUE.equals(tx.mapper(AccountMapper.class).recordFailure(name, FAILURES_BEFORE_LOCK, LOCK_MINUTES))) {
                tx.audit("account.locked", "account", name, Map.of("minutes", LOCK_MINUTES, "after", FAILURES_BEFORE_LOCK + " failed logins"));
            }
            return null;
        });
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
                .rule(password != null && password.length >= 10, "password", "must be at least 10 characters")
                .validate();
        if (!createIfAbsent(actor, username, displayName, password, roles)) {
            throw new ConflictException("username-taken", "The user name " + normalise(username) + " is taken");
        }
    }

    @Override
    public boolean exists(String username) {
        String name = normalise(username);
        return transactions.read(tx -> tx.mapper(AccountMapper.class).find(name)) != null;
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
            AccountMapper accounts = tx.mapper(AccountMapper.class);
            List<AccountStatus> before = accounts.statuses(List.of(name));
            if (before.isEmpty()) {
                throw new NotFoundException("No account " + name);
            }
            accounts.unlock(name);
            tx.audit("account.unlocked", "account", name,
                    Map.of("lockedUntilBefore", String.valueOf(before.get(0).lockedUntil())));
            return accounts.statuses(List.of(name)).get(0);
        });
    }

    static String normalise(String username) {
        return username == null ? "" : username.trim().toLowerCase(Locale.ROOT);
    }
}
