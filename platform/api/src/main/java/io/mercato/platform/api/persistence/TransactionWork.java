package io.mercato.platform.api.persistence;

/** Work done inside one database transaction. */
@FunctionalInterface
public interface TransactionWork<T> {
    T run(TransactionContext tx);
}
