package io.mercato.crm.impl.returns;

import io.mercato.crm.impl.persistence.CrmDatabase;
import io.mercato.crm.impl.persistence.ReturnMapper;
import io.mercato.delivery.api.OrderEvents;
import io.mercato.platform.api.Actor;
import io.mercato.platform.api.outbox.OutboxEvent;
import io.mercato.platform.api.outbox.OutboxSubscriber;
import io.mercato.platform.api.persistence.Transactions;
import java.util.Map;
import java.util.regex.Pattern;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Links a return to the replacement order delivery made for it: delivery takes it in on channel {@code CUSTOMER_SERVICE}
 * with the return's number as the channel order, and its received event names both.
 */
@Component(property = {OutboxSubscriber.NAME + "=crm.replacement-orders", OutboxSubscriber.TOPICS + "=mercato/delivery/order-received"})
public class ReplacementLink implements OutboxSubscriber {
    private static final Pattern RETURN_NUMBER = Pattern.compile("RT-[0-9]{8,}");
    private final Transactions transactions;

    @Activate
    public ReplacementLink(@Reference CrmDatabase database) {
        this.transactions = database.transactions();
    }

    @Override
    public void deliver(OutboxEvent event) {
        String channelOrder = event.text(OrderEvents.CHANNEL_ORDER);
        if (!"CUSTOMER_SERVICE".equals(event.text(OrderEvents.CHANNEL)) || channelOrder == null || !RETURN_NUMBER.matcher(channelOrder).matches()) {
            return;
        }
        String order = event.text(OrderEvents.ORDER);
        transactions.inTransaction(new Actor(event.publishedBy()), tx -> {
            if (tx.mapper(ReturnMapper.class).linkReplacement(channelOrder, order) == 1) {
                tx.audit("crm.replacement-linked", "return", channelOrder, Map.of("order", order));
            }
            return null;
        });
    }
}
