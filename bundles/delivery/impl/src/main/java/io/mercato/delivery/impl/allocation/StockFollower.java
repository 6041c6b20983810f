package io.mercato.delivery.impl.allocation;

import io.mercato.delivery.api.OrderEvents;
import io.mercato.delivery.api.OrderStatus;
import io.mercato.delivery.impl.fulfilment.Shipping;
import io.mercato.delivery.impl.persistence.OrderMapper;
import io.mercato.delivery.impl.service.DeliveryDatabase;
import io.mercato.platform.api.Actor;
import io.mercato.platform.api.outbox.OutboxEvent;
import io.mercato.platform.api.outbox.OutboxSubscriber;
import io.mercato.platform.api.persistence.Transactions;
import io.mercato.warehouse.api.StockEvents;
import io.mercato.warehouse.api.StockService;
import io.mercato.warehouse.api.WarehouseDirectory;
import java.util.List;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Keeps orders' stock in step with their life: allocates orders confirmed or queued for review that still wait for
 * stock, retries waiting orders when their SKU arrives in a warehouse (or the sweep says so), gives back the stock of
 * cancelled orders and issues the stock of shipped packages. It needs the warehouse department, so it is registered only
 * while that runs; meanwhile the events
 * wait in the outbox (those from before its first registration too), and each delivery's changes commit with it.
 */
@Component(property = {
        OutboxSubscriber.NAME + "=delivery.stock",
        OutboxSubscriber.TOPICS + "=mercato/delivery/order-confirmed",
        OutboxSubscriber.TOPICS + "=mercato/delivery/order-under-review",
        OutboxSubscriber.TOPICS + "=mercato/delivery/order-cancelled",
        OutboxSubscriber.TOPICS + "=" + StockFollower.ALLOCATION_DUE,
        OutboxSubscriber.TOPICS + "=" + StockEvents.STOCK_RECEIVED,
        OutboxSubscriber.TOPICS + "=" + Shipping.SHIPPED_TOPIC,
        OutboxSubscriber.REPLAY + ":Boolean=true"})
public class StockFollower implements OutboxSubscriber {
    /** Published by the backorder sweep for an order that still waits for stock. */
    public static final String ALLOCATION_DUE = "mercato/delivery/allocation-due";
    /** Orders retried per arrival of a SKU; the sweep picks up any beyond. */
    private static final int PER_ARRIVAL = 50;
    private final Transactions transactions;
    private final Allocator allocator;

    @Activate
    public StockFollower(@Reference DeliveryDatabase database, @Reference StockService stock, @Reference WarehouseDirectory warehouses) {
        this.transactions = database.transactions();
        this.allocator = new Allocator(transactions, stock, warehouses);
    }

    @Override
    public void deliver(OutboxEvent event) {
        Actor actor = new Actor(event.publishedBy() == null ? Actor.SYSTEM.username() : event.publishedBy());
        if (StockEvents.STOCK_RECEIVED.equals(event.topic())) {
            String sku = event.text(StockEvents.SKU);
            List<String> waiting = transactions.read(tx -> tx.mapper(OrderMapper.class).waitingFor(sku, PER_ARRIVAL));
            for (String number : waiting) {
                if (!allocator.allocate(number, actor)) {
                    break; // the oldest waiting order could not be served: younger ones may not jump the queue for this SKU
                }
            }
        } else if (Shipping.SHIPPED_TOPIC.equals(event.topic())) {
            allocator.issue(event.text("shipment"), actor);
        } else if (OrderStatus.CANCELLED.topic().equals(event.topic())) {
            allocator.release(event.text(OrderEvents.ORDER), actor);
        } else {
            allocator.allocate(event.text(OrderEvents.ORDER), actor);
        }
    }
}
