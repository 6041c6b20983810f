package io.mercato.platform.api.persistence;

import io.mercato.platform.api.Page;
import io.mercato.platform.api.PageRequest;
import org.osgi.annotation.versioning.ProviderType;

/** Reading the audit trail that {@link TransactionContext#audit} writes. */
@ProviderType
public interface AuditLog {
    /** Newest first; paged by number or after the cursor of the page before ({@link Page#next()}). */
    Page<AuditEntry> search(AuditQuery query, PageRequest page);

    /** Newest first; {@code text} is a user name, an action or a record's id, matched exactly (may be null). */
    default Page<AuditEntry> search(String text, PageRequest page) {
        return search(AuditQuery.text(text), page);
    }

    /**
     * Records something that changes no data but must be on record (a refused request), in a transaction of its own;
     * state changes are audited inside their transaction with {@link TransactionContext#audit} instead.
     */
    void record(io.mercato.platform.api.Actor actor, String action, String entity, String entityId, Object details);
}
