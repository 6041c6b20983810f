package io.mercato.delivery.impl.service;

import io.mercato.delivery.impl.persistence.OrderMapper;
import io.mercato.platform.api.org.DocumentReowning;
import io.mercato.platform.api.org.Reorganised;
import io.mercato.platform.api.outbox.OutboxSubscriber;
import java.util.List;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** Delivery's documents after a reorganisation: sales orders go with the order review's capability. */
@Component(service = OutboxSubscriber.class, property = {OutboxSubscriber.NAME + "=delivery.reowning", OutboxSubscriber.TOPICS + "=" + Reorganised.TOPIC})
public class DeliveryReowning extends DocumentReowning {
    @Activate
    public DeliveryReowning(@Reference DeliveryDatabase database) {
        super(database.transactions(), "delivery", List.of(
                new Documents("orders", OrderReview.CAPABILITY, (tx, from, to) -> tx.mapper(OrderMapper.class).reown(from, to))));
    }
}
