package io.mercato.delivery.impl.service;

import io.mercato.delivery.api.OrderEvents;
import io.mercato.delivery.api.OrderStatus;
import io.mercato.delivery.impl.persistence.OrderMapper;
import io.mercato.delivery.impl.persistence.OrderRow;
import io.mercato.platform.api.persistence.TransactionContext;
import java.util.HashMap;
import java.util.Map;

/**
 * The one way an order's status changes: the new status, a timeline entry, the audit row and the outbox event commit
 * together, so other departments see every step exactly once.
 */
public final class OrderTransitions {
    private OrderTransitions() {
    }

    public static OrderRow move(TransactionContext tx, OrderRow order, OrderStatus to, String reason, Map<String, ?> details) {
        OrderMapper orders = tx.mapper(OrderMapper.class);
        OrderRow moved = orders.setStatus(order.id(), to.name(), reason);
        orders.recordEvent(order.id(), "STATUS", order.status(), to.name(), reason, details == null ? null : Json.write(details), tx.actor().username());
        Map<String, Object> change = new HashMap<>();
        change.put(OrderEvents.ORDER, order.number());
        change.put(OrderEvents.CHANNEL, order.channel());
        change.put(OrderEvents.CHANNEL_ORDER, order.channelOrder());
        change.put(OrderEvents.FROM, order.status() == null ? "" : order.status());
        change.put(OrderEvents.TO, to.name());
        change.put(OrderEvents.REASON, reason == null ? "" : reason);
        change.put(OrderEvents.TOTAL, order.total().toPlainString());
        tx.audit("order." + to.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'), "sales-order", order.number(),
                details == null ? change : Map.of("change", change, "details", details));
        tx.publish(to.topic(), change);
        return moved;
    }

    /** A new order's first timeline entry and event: it was received (the row is stored in that status). */
    public static OrderRow received(TransactionContext tx, OrderRow order, Map<String, ?> details) {
        OrderRow unsaved = new OrderRow(order.id(), order.number(), order.channel(), order.channelOrder(), null, null, order.stockState(),
                order.customerName(), order.phone(), order.province(), order.city(), order.district(), order.street(), order.postcode(),
                order.addressKey(), order.paymentMethod(), order.paymentReference(), order.buyerNote(), order.goodsTotal(),
                order.discountTotal(), order.shippingFee(), order.total(), order.riskScore(), order.riskDecision(), order.riskVersion(),
                order.riskFindings(), order.orgDepartment(), order.placedAt(), order.createdBy(), order.updatedAt());
        return move(tx, unsaved, OrderStatus.RECEIVED, null, details);
    }

    /** A timeline entry that is no status change (an edit, a reservation), audited likewise. */
    public static void note(TransactionContext tx, OrderRow order, String kind, String reason, Map<String, ?> details) {
        tx.mapper(OrderMapper.class).recordEvent(order.id(), kind, null, null, reason, Json.write(details), tx.actor().username());
        tx.audit("order." + kind.toLowerCase(java.util.Locale.ROOT).replace('_', '-'), "sales-order", order.number(), details);
    }
}
