package io.mercato.platform.api.persistence;

import io.mercato.platform.api.Actor;
import org.osgi.annotation.versioning.ProviderType;

/** What work inside a transaction may use: the bundle's mappers and the audit trail, on the same connection. */
@ProviderType
public interface TransactionContext {
    <M> M mapper(Class<M> mapperType);

    Actor actor();

    /**
     * Records a state change in the platform audit log, committed or rolled back together with the change.
     *
     * @param action   what happened, e.g. {@code warehouse.created}
     * @param entity   the kind of thing changed, e.g. {@code warehouse}
     * @param entityId its identifier
     * @param details  before/after or parameters, serialised to JSON
     */
    void audit(String action, String entity, String entityId, Object details);
}
