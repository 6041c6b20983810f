package io.mercato.platform.api.persistence;

import io.mercato.platform.api.Actor;
import org.osgi.annotation.versioning.ProviderType;

/** What work inside a transaction may use: the bundle's mappers and the audit trail, on the same connection. */
@ProviderType
public interface TransactionContext {
    <M> M mapper(Class<M> mapperType);

    Actor actor();

    /**
     * The transaction's JDBC connection, for what mappers cannot do well: PostgreSQL's {@code COPY} of a bulk load
     * (unwrap {@code org.postgresql.PGConnection}). Never commit, roll back or close it: the transaction owns it.
     */
    java.sql.Connection connection();

    /**
     * Runs a statement with a time budget: its result, or empty when PostgreSQL stopped it after {@code millis} (the
     * transaction goes on as if it had not run). For what a page may do without, such as counting the matches of an
     * unusual filter over millions of rows.
     */
    java.util.OptionalLong withinMillis(int millis, java.util.function.LongSupplier statement);

    /**
     * Records a state change in the platform audit log, committed or rolled back together with the change.
     *
     * @param action   what happened, e.g. {@code warehouse.created}
     * @param entity   the kind of thing changed, e.g. {@code warehouse}
     * @param entityId its identifier
     * @param details  before/after or parameters, serialised to JSON
     */
    void audit(String action, String entity, String entityId, Object details);

    /**
     * Publishes an event through the durable outbox, committed or rolled back together with the change that causes
     * it; after commit it is delivered to every subscriber of the topic (see
     * {@link io.mercato.platform.api.outbox.OutboxSubscriber}).
     *
     * @param topic   {@code mercato/<department>/<event>}
     * @param payload a JSON object: strings, numbers, booleans, lists and maps of them
     * @return the event's id
     */
    long publish(String topic, java.util.Map<String, ?> payload);
}
