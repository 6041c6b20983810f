package io.mercato.delivery.impl.service;

import io.mercato.delivery.impl.persistence.OrderMapper;
import io.mercato.platform.api.Actor;
import io.mercato.platform.api.org.Reorganised;
import io.mercato.platform.api.outbox.OutboxEvent;
import io.mercato.platform.api.outbox.OutboxSubscriber;
import io.mercato.platform.api.persistence.Transactions;
import java.util.Map;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** Hands open sales orders to the department that now owns {@code delivery.review} (split), or all of them (merge). */
@Component(property = {OutboxSubscriber.NAME + "=delivery.reowning", OutboxSubscriber.TOPICS + "=" + Reorganised.TOPIC})
public class DeliveryReowning implements OutboxSubscriber {
    private final Transactions transactions;

    @Activate
    public DeliveryReowning(@Reference DeliveryDatabase database) {
        this.transactions = database.transactions();
    }

    @Override
    public void deliver(OutboxEvent event) {
        Reorganised.Change change = Reorganised.Change.of(event);
        if (!change.moves(OrderReview.CAPABILITY)) {
            return;
        }
        transactions.inTransaction(new Actor(change.actor()), tx -> {
            int moved = tx.mapper(OrderMapper.class).reown(change.from(), change.to());
            if (moved > 0) {
                tx.audit("delivery.owner-changed", "department", change.from(), Map.of("to", change.to(), "orders", moved, "event", event.id()));
            }
            return null;
        });
    }
}
