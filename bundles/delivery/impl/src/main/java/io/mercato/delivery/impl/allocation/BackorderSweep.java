package io.mercato.delivery.impl.allocation;

import io.mercato.delivery.api.OrderEvents;
import io.mercato.delivery.impl.persistence.OrderMapper;
import io.mercato.delivery.impl.service.DeliveryDatabase;
import io.mercato.platform.api.Actor;
import io.mercato.platform.api.persistence.Transactions;
import io.mercato.warehouse.api.StockService;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Stock also comes back in ways that announce nothing (a cancelled order's release, a correction): every few minutes,
 * while the warehouse runs, orders still waiting for stock are handed to {@link StockFollower} through the outbox.
 */
@Component(configurationPid = "io.mercato.delivery.backorders")
@Designate(ocd = BackorderSweep.Config.class)
public class BackorderSweep {
    private static final Logger LOG = LoggerFactory.getLogger(BackorderSweep.class);
    private static final int BATCH = 500;
    private final Transactions transactions;
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> new Thread(r, "mercato-backorder-sweep"));

    @ObjectClassDefinition(name = "Mercato delivery: backorder sweep")
    public @interface Config {
        @AttributeDefinition(description = "Minutes between two sweeps over orders waiting for stock")
        int intervalMinutes() default 5;
    }

    @Activate
    public BackorderSweep(@Reference DeliveryDatabase database, @Reference StockService stock, Config config) {
        this.transactions = database.transactions();
        int minutes = Math.max(1, config.intervalMinutes());
        timer.scheduleWithFixedDelay(this::sweep, minutes, minutes, TimeUnit.MINUTES);
    }

    @Deactivate
    void stop() {
        timer.shutdownNow();
    }

    void sweep() {
        try {
            String after = "";
            for (;;) {
                String from = after;
                List<String> waiting = transactions.read(tx -> tx.mapper(OrderMapper.class).waiting(from, BATCH));
                if (waiting.isEmpty()) {
                    return;
                }
                transactions.inTransaction(Actor.SYSTEM, tx -> {
                    for (String number : waiting) {
                        tx.publish(StockFollower.ALLOCATION_DUE, Map.of(OrderEvents.ORDER, number));
                    }
                    return null;
                });
                if (waiting.size() < BATCH) {
                    return;
                }
                after = waiting.get(waiting.size() - 1);
            }
        } catch (RuntimeException e) {
            LOG.warn("The backorder sweep failed; it runs again at the next interval", e);
        }
    }
}
