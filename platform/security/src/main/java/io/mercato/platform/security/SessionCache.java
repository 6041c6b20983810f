package io.mercato.platform.security;

import io.mercato.platform.api.security.StaffIdentity;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Sessions this node found valid in the last {@value #SECONDS} seconds, so that a request checks its session in memory
 * instead of with a database round trip each time. What ends a session on this node (a logout, a password change, a
 * disabled or locked account) forgets it here at once; on another node of a cluster it ends within {@value #SECONDS}
 * seconds. Bounded: past {@value #MAX_ENTRIES} sessions the expired ones are dropped, and if that is not enough, all.
 */
final class SessionCache {
    static final int SECONDS = 5;
    static final int MAX_ENTRIES = 20_000;
    private static final long TTL_NANOS = SECONDS * 1_000_000_000L;
    private final Map<String, Entry> entries = new ConcurrentHashMap<>();

    private record Entry(StaffIdentity identity, long validUntil) {
    }

    /** The identity of a session found valid in the last few seconds, by the hash of its token. */
    Optional<StaffIdentity> get(String tokenHash) {
        Entry entry = entries.get(tokenHash);
        if (entry == null) {
            return Optional.empty();
        }
        if (System.nanoTime() - entry.validUntil() > 0) {
            entries.remove(tokenHash, entry);
            return Optional.empty();
        }
        return Optional.of(entry.identity());
    }

    void put(String tokenHash, StaffIdentity identity) {
        if (entries.size() >= MAX_ENTRIES) {
            long now = System.nanoTime();
            entries.values().removeIf(entry -> now - entry.validUntil() > 0);
            if (entries.size() >= MAX_ENTRIES) {
                entries.clear();
            }
        }
        entries.put(tokenHash, new Entry(identity, System.nanoTime() + TTL_NANOS));
    }

    void forget(String tokenHash) {
        entries.remove(tokenHash);
    }

    /** Forgets every session of the account (its sessions were ended, or it may no longer log in). */
    void forgetAccount(String username) {
        entries.values().removeIf(entry -> entry.identity().username().equals(username));
    }
}
