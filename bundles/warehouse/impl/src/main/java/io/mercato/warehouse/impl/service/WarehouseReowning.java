package io.mercato.warehouse.impl.service;

import io.mercato.platform.api.Actor;
import io.mercato.platform.api.org.Reorganised;
import io.mercato.platform.api.outbox.OutboxEvent;
import io.mercato.platform.api.outbox.OutboxSubscriber;
import io.mercato.platform.api.persistence.Transactions;
import io.mercato.warehouse.impl.persistence.TransferMapper;
import java.util.Map;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Hands transfers to the department that now owns {@code warehouse.transfer} after a split, or all of them after a
 * merge; through the outbox, so a reorganisation while the warehouse department was away is applied when it is back.
 */
@Component(property = {OutboxSubscriber.NAME + "=warehouse.reowning", OutboxSubscriber.TOPICS + "=" + Reorganised.TOPIC})
public class WarehouseReowning implements OutboxSubscriber {
    private final Transactions transactions;

    @Activate
    public WarehouseReowning(@Reference WarehouseDatabase database) {
        this.transactions = database.transactions();
    }

    @Override
    public void deliver(OutboxEvent event) {
        Reorganised.Change change = Reorganised.Change.of(event);
        if (!change.moves(TransferService.CAPABILITY)) {
            return;
        }
        transactions.inTransaction(new Actor(change.actor()), tx -> {
            int moved = tx.mapper(TransferMapper.class).reown(change.from(), change.to());
            if (moved > 0) {
                tx.audit("warehouse.owner-changed", "department", change.from(), Map.of("to", change.to(), "transfers", moved,
                        "event", event.id()));
            }
            return null;
        });
    }
}
