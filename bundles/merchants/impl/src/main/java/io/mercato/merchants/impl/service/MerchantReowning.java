package io.mercato.merchants.impl.service;

import io.mercato.merchants.impl.persistence.MerchantMapper;
import io.mercato.platform.api.Actor;
import io.mercato.platform.api.org.Reorganised;
import io.mercato.platform.api.outbox.OutboxEvent;
import io.mercato.platform.api.outbox.OutboxSubscriber;
import io.mercato.platform.api.persistence.Transactions;
import java.util.Map;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** Hands merchant applications to the department that now owns {@code merchants.onboarding} (split), or all (merge). */
@Component(property = {OutboxSubscriber.NAME + "=merchants.reowning", OutboxSubscriber.TOPICS + "=" + Reorganised.TOPIC})
public class MerchantReowning implements OutboxSubscriber {
    private final Transactions transactions;

    @Activate
    public MerchantReowning(@Reference MerchantsDatabase database) {
        this.transactions = database.transactions();
    }

    @Override
    public void deliver(OutboxEvent event) {
        Reorganised.Change change = Reorganised.Change.of(event);
        if (!change.moves(MerchantService.CAPABILITY)) {
            return;
        }
        transactions.inTransaction(new Actor(change.actor()), tx -> {
            int moved = tx.mapper(MerchantMapper.class).reown(change.from(), change.to());
            if (moved > 0) {
                tx.audit("merchants.owner-changed", "department", change.from(), Map.of("to", change.to(), "merchants", moved,
                        "event", event.id()));
            }
            return null;
        });
    }
}
