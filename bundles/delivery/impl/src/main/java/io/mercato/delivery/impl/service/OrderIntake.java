package io.mercato.delivery.impl.service;

import io.mercato.delivery.api.OrderStatus;
import io.mercato.delivery.impl.allocation.Allocator;
import io.mercato.delivery.impl.persistence.OrderMapper;
import io.mercato.delivery.impl.persistence.OrderRow;
import io.mercato.delivery.impl.risk.RiskAssessment;
import io.mercato.delivery.impl.risk.RiskFactsReader;
import io.mercato.platform.api.settings.VersionedSettings;
import io.mercato.delivery.impl.risk.RiskSettings;
import io.mercato.platform.api.Actor;
import io.mercato.platform.api.ConflictException;
import io.mercato.platform.api.org.OrgDirectory;
import io.mercato.platform.api.persistence.Transactions;
import java.util.Map;
import java.util.Optional;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Takes in a sales order: checks it, scores it, stores it once per channel order, confirms it or queues it for review,
 * and (when the warehouse runs) reserves its stock, all in the caller's one transaction.
 */
@Component(service = OrderIntake.class)
public class OrderIntake {
    public static final String CAPABILITY = "delivery.orders";
    private static final Logger LOG = LoggerFactory.getLogger(OrderIntake.class);
    private final Transactions transactions;
    private final VersionedSettings<RiskSettings> riskRules;
    private final OrgDirectory org;
    private final StockLink stockLink;

    @Activate
    public OrderIntake(@Reference DeliveryDatabase database, @Reference OrgDirectory org, @Reference StockLink stockLink) {
        this.transactions = database.transactions();
        this.riskRules = database.riskRules();
        this.org = org;
        this.stockLink = stockLink;
    }

    /** What the order would score now, without storing anything. */
    public RiskAssessment score(OrderInput input) {
        OrderDraft draft = OrderChecks.check(input);
        return transactions.read(tx -> RiskFactsReader.assess(tx, draft, riskRules));
    }

    public OrderDetail take(OrderInput input, Actor actor) {
        OrderDraft draft = OrderChecks.check(input);
        String owner = org.departmentOwning(OrderReview.CAPABILITY).orElse(null);
        OrderRow order = transactions.inTransaction(actor, tx -> {
            OrderMapper orders = tx.mapper(OrderMapper.class);
            RiskAssessment risk = RiskFactsReader.assess(tx, draft, riskRules);
            OrderRow stored = orders.insert(draft, risk.score(), risk.decision().name(), risk.version(), Json.write(risk.findings()), owner,
                    actor.username());
            if (stored == null) {
                OrderRow first = orders.byChannel(draft.channel(), draft.channelOrder());
                throw new ConflictException("duplicate-channel-order", "Channel order " + draft.channel() + " " + draft.channelOrder()
                        + " was taken in before as " + (first == null ? "another order" : first.number()));
            }
            long id = stored.id();
            orders.insertLines(id, draft.lines());
            OrderRow received = OrderTransitions.received(tx, stored,
                    Map.of("score", risk.score(), "decision", risk.decision().name(), "rulesVersion", risk.version()));
            String why = "risk score " + risk.score() + " (rules v" + risk.version() + ")";
            return switch (risk.decision()) {
                case ACCEPT -> {
                    orders.setStockState(id, "WAITING");
                    yield OrderTransitions.move(tx, received, OrderStatus.CONFIRMED, why + ": confirmed automatically", null);
                }
                case HOLD -> {
                    orders.setStockState(id, "WAITING");
                    yield OrderTransitions.move(tx, received, OrderStatus.UNDER_REVIEW, why + ": to be reviewed", null);
                }
                case REJECT -> OrderTransitions.move(tx, received, OrderStatus.UNDER_REVIEW, why + ": to be reviewed, cancelling recommended", null);
            };
        });
        if ("WAITING".equals(order.stockState())) {
            allocate(order.number(), actor);
        }
        return transactions.read(tx -> OrderQueries.detail(tx, tx.mapper(OrderMapper.class).byId(order.id())));
    }

    /** Reserves at once when the warehouse runs; otherwise, or if it fails now, the outbox brings the order back later. */
    private void allocate(String number, Actor actor) {
        Optional<Allocator> allocator = stockLink.allocator();
        if (allocator.isEmpty()) {
            return;
        }
        try {
            allocator.get().allocate(number, actor);
        } catch (RuntimeException e) {
            LOG.warn("Allocating order {} failed ({}); it waits for the next attempt", number, e.toString());
        }
    }
}
