package io.mercato.platform.api.persistence;

import io.mercato.platform.api.Actor;
import org.osgi.annotation.versioning.ProviderType;

/** Runs work in transactions with a fixed set of MyBatis mappers loaded from the owning bundle. */
@ProviderType
public interface Transactions {
    /** Runs work in one transaction; commits on return, rolls back on any exception and rethrows it. */
    <T> T inTransaction(Actor actor, TransactionWork<T> work);

    /**
     * Runs read-only work in one transaction (one consistent snapshot), so mappers may also stream large results
     * with a {@code ResultHandler} and a fetch size instead of holding them in memory.
     */
    <T> T read(TransactionWork<T> work);
}
