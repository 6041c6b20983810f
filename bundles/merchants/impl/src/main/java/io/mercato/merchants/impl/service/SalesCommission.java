package io.mercato.merchants.impl.service;

import io.mercato.delivery.api.OrderEvents;
import io.mercato.delivery.api.OrderStatus;
import io.mercato.delivery.api.SalesOrderInfo;
import io.mercato.delivery.api.SalesOrders;
import io.mercato.merchants.api.CommissionRate;
import io.mercato.merchants.impl.persistence.CommissionLineRow;
import io.mercato.merchants.impl.persistence.CommissionMapper;
import io.mercato.merchants.impl.persistence.MerchantMapper;
import io.mercato.merchants.impl.persistence.MerchantRow;
import io.mercato.merchants.impl.persistence.TermsMapper;
import io.mercato.platform.api.Actor;
import io.mercato.platform.api.outbox.OutboxEvent;
import io.mercato.platform.api.outbox.OutboxSubscriber;
import io.mercato.platform.api.persistence.TransactionContext;
import io.mercato.platform.api.persistence.Transactions;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import java.util.Optional;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Books commission on merchants' sales: a delivered order's lines of a merchant's goods each earn a commission line at the
 * rule in force on the order date (the terms version then in force is kept too); a returned order's lines book the same
 * amounts negative, in the cycle of the return. It reads orders through the delivery department's {@link SalesOrders},
 * so it is registered only while delivery runs; the events wait in the outbox meanwhile, and each books once.
 */
@Component(property = {
        OutboxSubscriber.NAME + "=merchants.commission",
        OutboxSubscriber.TOPICS + "=mercato/delivery/order-delivered",
        OutboxSubscriber.TOPICS + "=mercato/delivery/order-returned",
        OutboxSubscriber.REPLAY + ":Boolean=true"})
public class SalesCommission implements OutboxSubscriber {
    private static final Logger LOG = LoggerFactory.getLogger(SalesCommission.class);
    static final ZoneId SHOP_ZONE = ZoneId.of("Asia/Shanghai");
    private final Transactions transactions;
    private final SalesOrders orders;

    @Activate
    public SalesCommission(@Reference MerchantsDatabase database, @Reference SalesOrders orders) {
        this.transactions = database.transactions();
        this.orders = orders;
    }

    @Override
    public void deliver(OutboxEvent event) {
        Optional<SalesOrderInfo> order = orders.find(event.text(OrderEvents.ORDER));
        if (order.isEmpty() || order.get().lines().stream().noneMatch(line -> line.merchantCode() != null)) {
            return;
        }
        boolean returned = OrderStatus.RETURNED.topic().equals(event.topic());
        LocalDate bookedOn = event.publishedAt().atZone(SHOP_ZONE).toLocalDate();
        transactions.inTransaction(new Actor(event.publishedBy()), tx -> {
            for (SalesOrderInfo.Line line : order.get().lines()) {
                if (line.merchantCode() != null) {
                    book(tx, order.get(), line, returned, bookedOn);
                }
            }
            return null;
        });
    }

    private static void book(TransactionContext tx, SalesOrderInfo order, SalesOrderInfo.Line line, boolean returned, LocalDate bookedOn) {
        CommissionMapper commission = tx.mapper(CommissionMapper.class);
        MerchantRow merchant = tx.mapper(MerchantMapper.class).find(line.merchantCode());
        if (merchant == null) {
            LOG.warn("Order {} line {} names merchant {}, which is not known here; no commission booked", order.number(), line.lineNo(),
                    line.merchantCode());
            return;
        }
        if (returned) {
            CommissionLineRow sale = commission.sale(order.number(), line.lineNo());
            if (sale != null && commission.insertLine(merchant.id(), order.number(), line.lineNo(), "RETURN", sale.sku(), sale.category(),
                    sale.orderDate(), sale.amount().negate(), sale.ratePercent(), sale.ruleId(), sale.termsVersion(), sale.commission().negate(),
                    bookedOn) != null) {
                tx.audit("merchants.commission-returned", "merchant", merchant.code(), Map.of("order", order.number(), "line", line.lineNo()));
            }
            return;
        }
        LocalDate orderDate = order.placedAt().atZone(SHOP_ZONE).toLocalDate();
        String category = commission.category(merchant.id(), line.sku());
        Optional<CommissionRate> rate = CommissionRules.choose(tx.mapper(TermsMapper.class).candidates(merchant.id(),
                category == null ? "" : category, orderDate), merchant.code(), category == null ? "" : category, orderDate);
        BigDecimal percent = rate.map(CommissionRate::ratePercent).orElse(BigDecimal.ZERO);
        BigDecimal amount = line.amount();
        Long id = commission.insertLine(merchant.id(), order.number(), line.lineNo(), "SALE", line.sku(), category, orderDate, amount, percent,
                rate.map(CommissionRate::ruleId).orElse(null), commission.termsVersion(merchant.id(), orderDate),
                amount.multiply(percent).divide(BigDecimal.valueOf(100), 2, RoundingMode.HALF_UP), bookedOn);
        if (id != null) {
            tx.audit("merchants.commission-booked", "merchant", merchant.code(), Map.of("order", order.number(), "line", line.lineNo(),
                    "ratePercent", percent.toPlainString(), "rule", rate.map(r -> r.explanation()).orElse("no rule in force: 0 %")));
        }
    }
}
