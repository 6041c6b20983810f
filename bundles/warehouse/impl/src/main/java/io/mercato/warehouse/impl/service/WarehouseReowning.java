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
        boolean merge = "merge".equals(event.text(Reorganised.KIND));
        if (!merge && !event.texts(Reorganised.CAPABILITIES).contains(TransferService.CAPABILITY)) {
            return;
        }
        String from = event.text(Reorganised.FROM);
        String to = event.text(Reorganised.TO);
        transactions.inTransaction(new Actor(event.text(Reorganised.ACTOR)), tx -> {
            int moved = tx.mapper(TransferMapper.class).reown(from, to);
            if (moved > 0) {
                tx.audit("warehouse.owner-changed", "department", from, Map.of("to", to, "transfers", moved, "event", event.id()));
            }
            return null;
        });
    }
}
