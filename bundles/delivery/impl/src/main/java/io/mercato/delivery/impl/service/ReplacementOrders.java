package io.mercato.delivery.impl.service;

import io.mercato.delivery.api.ReplacementRequests;
import io.mercato.delivery.impl.persistence.OrderMapper;
import io.mercato.delivery.impl.persistence.OrderRow;
import io.mercato.platform.api.Actor;
import io.mercato.platform.api.outbox.OutboxEvent;
import io.mercato.platform.api.outbox.OutboxSubscriber;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Ships replacements for returns (customer service's quality check decided on one): a new order of the returned lines to
 * the original order's customer and address, at no charge for the goods, on channel {@code CUSTOMER_SERVICE} with the
 * return's number as the channel order — so a redelivered request finds it made and makes nothing twice. It is reviewed,
 * allocated and shipped like any order.
 */
@Component(property = {OutboxSubscriber.NAME + "=delivery.replacements", OutboxSubscriber.TOPICS + "=" + ReplacementRequests.TOPIC})
public class ReplacementOrders implements OutboxSubscriber {
    static final String CHANNEL = "CUSTOMER_SERVICE";
    private final DeliveryDatabase database;
    private final OrderIntake intake;

    @Activate
    public ReplacementOrders(@Reference DeliveryDatabase database, @Reference OrderIntake intake) {
        this.database = database;
        this.intake = intake;
    }

    @Override
    @SuppressWarnings("unchecked")
    public void deliver(OutboxEvent event) {
        String returnNumber = event.text(ReplacementRequests.RETURN);
        OrderRow original = database.transactions().read(tx -> {
            OrderMapper orders = tx.mapper(OrderMapper.class);
            return orders.byChannel(CHANNEL, returnNumber) != null ? null : orders.find(event.text(ReplacementRequests.ORDER));
        });
        if (original == null) {
            return; // made before, or the original order is not known here
        }
        List<OrderInput.Line> lines = new ArrayList<>();
        for (Map<String, Object> line : (List<Map<String, Object>>) event.payload().get(ReplacementRequests.LINES)) {
            lines.add(new OrderInput.Line(String.valueOf(line.get("sku")), ((Number) line.get("quantity")).intValue(), BigDecimal.ZERO,
                    null, null));
        }
        String payment = event.text(ReplacementRequests.PAYMENT);
        OrderInput order = new OrderInput(CHANNEL, returnNumber, new OrderInput.Customer(original.customerName(), original.phone(),
                new OrderInput.Address(original.province(), original.city(), original.district(), original.street(), original.postcode())),
                lines, new BigDecimal(event.text(ReplacementRequests.SHIPPING_FEE)), new OrderInput.Payment(payment,
                "PREPAID".equals(payment) ? returnNumber : null), "换货/补发 " + returnNumber + "（原订单 " + original.number() + "）", null);
        intake.take(order, new Actor(event.publishedBy()));
    }
}
