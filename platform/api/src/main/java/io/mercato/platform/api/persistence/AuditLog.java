package io.mercato.platform.api.persistence;

import io.mercato.platform.api.Page;
import io.mercato.platform.api.PageRequest;
import org.osgi.annotation.versioning.ProviderType;

/** Reading the audit trail that {@link TransactionContext#audit} writes. */
@ProviderType
public interface AuditLog {
    /** Newest first; {@code query} matches actor, action, entity or entity id (may be null). */
    Page<AuditEntry> search(String query, PageRequest page);

    /**
     * Records something that changes no data but must be on record (a refused request), in a transaction of its own;
     * state changes are audited inside their transaction with {@link TransactionContext#audit} instead.
     */
    void record(io.mercato.platform.api.Actor actor, String action, String entity, String entityId, Object details);
}
