package io.mercato.crm.impl.orders;

import io.mercato.crm.impl.members.Members;
import io.mercato.crm.impl.members.Mobiles;
import io.mercato.crm.impl.members.ShopTime;
import io.mercato.crm.impl.persistence.CrmDatabase;
import io.mercato.crm.impl.persistence.MemberMapper;
import io.mercato.crm.impl.persistence.MemberOrderMapper;
import io.mercato.crm.impl.tiers.Tiers;
import io.mercato.crm.impl.persistence.TierRow;
import io.mercato.crm.impl.points.PointsLedger;
import io.mercato.crm.impl.tiers.TierReview;
import io.mercato.delivery.api.OrderEvents;
import io.mercato.delivery.api.OrderStatus;
import io.mercato.delivery.api.SalesOrderInfo;
import io.mercato.delivery.api.SalesOrders;
import io.mercato.platform.api.Actor;
import io.mercato.platform.api.outbox.OutboxEvent;
import io.mercato.platform.api.outbox.OutboxSubscriber;
import io.mercato.platform.api.persistence.TransactionContext;
import io.mercato.platform.api.persistence.Transactions;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Follows the delivery department's orders: a delivered order enrols its customer (by mobile number), earns points at the
 * member's tier rate and reviews the tier; an order returned to the shop reverses its points, gives back points spent on it
 * and reviews the tier. It reads orders through delivery's {@link SalesOrders}, so it is registered only while delivery
 * runs; the events wait in the outbox meanwhile (and those from before CRM was installed are replayed), each applied once.
 */
@Component(property = {
        OutboxSubscriber.NAME + "=crm.orders",
        OutboxSubscriber.TOPICS + "=mercato/delivery/order-delivered",
        OutboxSubscriber.TOPICS + "=mercato/delivery/order-returned",
        OutboxSubscriber.REPLAY + ":Boolean=true"})
public class OrderFollower implements OutboxSubscriber {
    private final Transactions transactions;
    private final SalesOrders orders;
    private final Members members;
    private final PointsLedger ledger;
    private final TierReview review;
    private final Tiers tiers;

    @Activate
    public OrderFollower(@Reference CrmDatabase database, @Reference SalesOrders orders, @Reference Members members,
                         @Reference PointsLedger ledger, @Reference TierReview review,
                         @Reference Tiers tiers) {
        this.transactions = database.transactions();
        this.orders = orders;
        this.members = members;
        this.ledger = ledger;
        this.review = review;
        this.tiers = tiers;
    }

    @Override
    public void deliver(OutboxEvent event) {
        Optional<SalesOrderInfo> order = orders.find(event.text(OrderEvents.ORDER));
        String mobile = order.map(found -> Mobiles.normalise(found.phone())).orElse(null);
        if (mobile == null) {
            return; // not an order of a mobile number: no member to credit
        }
        boolean returned = OrderStatus.RETURNED.topic().equals(event.topic());
        transactions.inTransaction(new Actor(event.publishedBy()), tx -> {
            if (returned) {
                returned(tx, order.get());
            } else {
                delivered(tx, order.get(), mobile, event);
            }
            return null;
        });
    }

    private void delivered(TransactionContext tx, SalesOrderInfo order, String mobile, OutboxEvent event) {
        Members.Enrolment member = members.enrol(tx, mobile, order.customerName(), order.province(), order.city());
        BigDecimal goods = order.lines().stream().map(SalesOrderInfo.Line::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
        MemberOrderMapper memberOrders = tx.mapper(MemberOrderMapper.class);
        if (memberOrders.insert(order.number(), member.memberId(), order.channel(), goods, order.total(), order.placedAt(),
                event.publishedAt()) == null) {
            return; // linked before: this delivery was applied already
        }
        String tierCode = tx.mapper(MemberMapper.class).byId(member.memberId()).tierCode();
        TierRow tier = tiers.tier(tx, tierCode);
        List<PointsLedger.LineEarning> earnings = new ArrayList<>();
        for (SalesOrderInfo.Line line : order.lines()) {
            long points = line.amount().multiply(tier.pointsPerYuan()).setScale(0, RoundingMode.DOWN).longValueExact();
            memberOrders.insertLine(order.number(), line.lineNo(), line.sku(), line.quantity(), line.amount(), points);
            earnings.add(new PointsLedger.LineEarning(line.lineNo(), points));
        }
        LocalDate today = ShopTime.today();
        long earned = ledger.earn(tx, member.memberId(), order.number(), earnings, today,
                "order " + order.number() + " delivered: " + goods.toPlainString() + " × " + tier.pointsPerYuan().toPlainString() + " (" + tier.code() + ")");
        memberOrders.setPoints(order.number(), earned);
        String code = tx.mapper(MemberMapper.class).byId(member.memberId()).code();
        tx.audit("crm.order-linked", "member", code, Map.of("order", order.number(), "goods", goods.toPlainString(), "points", earned));
        review.review(tx, member.memberId(), today, "order " + order.number() + " delivered");
    }

    private void returned(TransactionContext tx, SalesOrderInfo order) {
        Long memberId = tx.mapper(MemberOrderMapper.class).markReturned(order.number());
        if (memberId == null) {
            return; // not a member's delivered order, or its return was applied already
        }
        LocalDate today = ShopTime.today();
        String cause = "order-returned:" + order.number();
        long reversed = ledger.reverse(tx, memberId, order.number(), null, cause, "order " + order.number() + " returned to the shop");
        long restored = ledger.restoreSpent(tx, memberId, order.number(), 1, 1, cause, "points spent on order " + order.number()
                + " given back: the order was returned", today);
        String code = tx.mapper(MemberMapper.class).byId(memberId).code();
        tx.audit("crm.order-returned", "member", code, Map.of("order", order.number(), "pointsReversed", reversed, "pointsRestored", restored));
        review.review(tx, memberId, today, "order " + order.number() + " returned");
    }
}
