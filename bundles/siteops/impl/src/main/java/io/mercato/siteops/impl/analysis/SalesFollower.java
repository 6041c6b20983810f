package io.mercato.siteops.impl.analysis;

import io.mercato.delivery.api.OrderEvents;
import io.mercato.delivery.api.OrderStatus;
import io.mercato.delivery.api.SalesOrderInfo;
import io.mercato.delivery.api.SalesOrders;
import io.mercato.platform.api.Actor;
import io.mercato.platform.api.outbox.OutboxEvent;
import io.mercato.platform.api.outbox.OutboxSubscriber;
import io.mercato.platform.api.persistence.Transactions;
import io.mercato.siteops.impl.persistence.AnalysisMapper;
import io.mercato.siteops.impl.persistence.SiteopsDatabase;
import io.mercato.siteops.impl.support.ShopTime;
import java.time.LocalDate;
import java.util.Optional;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Keeps sales analysis's own read model of delivered order lines from the delivery department's events: a delivered
 * order's lines are added to their SKUs' days (the day of delivery in the shop's time zone), an order returned to the shop
 * takes them off again. Registered only while delivery runs (it reads the lines through {@link SalesOrders}); the events
 * wait in the outbox meanwhile, and those from before site operations was installed are replayed; each applies once.
 */
@Component(property = {
        OutboxSubscriber.NAME + "=siteops.sales",
        OutboxSubscriber.TOPICS + "=mercato/delivery/order-delivered",
        OutboxSubscriber.TOPICS + "=mercato/delivery/order-returned",
        OutboxSubscriber.REPLAY + ":Boolean=true"})
public class SalesFollower implements OutboxSubscriber {
    private final Transactions transactions;
    private final SalesOrders orders;

    @Activate
    public SalesFollower(@Reference SiteopsDatabase database, @Reference SalesOrders orders) {
        this.transactions = database.transactions();
        this.orders = orders;
    }

    @Override
    public void deliver(OutboxEvent event) {
        Optional<SalesOrderInfo> order = orders.find(event.text(OrderEvents.ORDER));
        if (order.isEmpty()) {
            return;
        }
        boolean returned = OrderStatus.RETURNED.topic().equals(event.topic());
        LocalDate day = LocalDate.ofInstant(event.publishedAt(), ShopTime.ZONE);
        transactions.inTransaction(Actor.SYSTEM, tx -> {
            AnalysisMapper sales = tx.mapper(AnalysisMapper.class);
            if (returned) {
                sales.returned(order.get().number());
            } else {
                for (SalesOrderInfo.Line line : order.get().lines()) {
                    sales.delivered(order.get().number(), line.lineNo(), line.sku(), line.quantity(), line.amount(), day);
                }
            }
            return null;
        });
    }
}
