package io.mercato.platform.api.org;

import io.mercato.platform.api.Actor;
import io.mercato.platform.api.outbox.OutboxEvent;
import io.mercato.platform.api.outbox.OutboxSubscriber;
import io.mercato.platform.api.persistence.TransactionContext;
import io.mercato.platform.api.persistence.Transactions;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Hands a department's documents to the org department that now owns their capability after a split, or all of them
 * after a merge ({@link Reorganised}), and audits it as {@code <department>.owner-changed} with the count of each kind.
 * It takes the event through the outbox, so a reorganisation made while the department was not installed is applied
 * when it is back. A department extends it as a component with the subscriber's properties, e.g.
 * {@code @Component(service = OutboxSubscriber.class, property = {OutboxSubscriber.NAME + "=delivery.reowning",
 * OutboxSubscriber.TOPICS + "=" + Reorganised.TOPIC})} (the service named: a subclass implements no interface itself),
 * and names its kinds of documents.
 */
public abstract class DocumentReowning implements OutboxSubscriber {
    /** Moves the documents of one kind from one org department to another; answers how many moved. */
    @FunctionalInterface
    public interface Move {
        int reown(TransactionContext tx, String from, String to);
    }

    /** One kind of document: its name in the audit row, the capability whose owner owns it, and how to move it. */
    public record Documents(String kind, String capability, Move move) {
    }

    private final Transactions transactions;
    private final String department;
    private final List<Documents> documents;

    protected DocumentReowning(Transactions transactions, String department, List<Documents> documents) {
        this.transactions = transactions;
        this.department = department;
        this.documents = List.copyOf(documents);
    }

    @Override
    public final void deliver(OutboxEvent event) {
        Reorganised.Change change = Reorganised.Change.of(event);
        List<Documents> moving = documents.stream().filter(kind -> change.moves(kind.capability())).toList();
        if (moving.isEmpty()) {
            return;
        }
        transactions.inTransaction(new Actor(change.actor()), tx -> {
            Map<String, Integer> handedOn = new LinkedHashMap<>();
            for (Documents kind : moving) {
                handedOn.merge(kind.kind(), kind.move().reown(tx, change.from(), change.to()), Integer::sum);
            }
            if (handedOn.values().stream().anyMatch(count -> count > 0)) {
                tx.audit(department + ".owner-changed", "department", change.from(),
                        Map.of("to", change.to(), "documents", handedOn, "event", event.id()));
            }
            return null;
        });
    }
}
