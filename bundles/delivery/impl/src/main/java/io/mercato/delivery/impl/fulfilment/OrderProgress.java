package io.mercato.delivery.impl.fulfilment;

import io.mercato.delivery.api.OrderStatus;
import io.mercato.delivery.impl.persistence.FulfilmentMapper;
import io.mercato.delivery.impl.persistence.OrderMapper;
import io.mercato.delivery.impl.persistence.OrderRow;
import io.mercato.delivery.impl.persistence.ShipmentRow;
import io.mercato.delivery.impl.service.OrderTransitions;
import io.mercato.platform.api.persistence.TransactionContext;
import java.util.List;
import java.util.Map;

/**
 * An order's status follows its shipments (one per warehouse its stock is in): it is as far as its slowest shipment, and
 * picking once any is (a warehouse not yet picked counts as allocated); a failed or returned shipment marks the whole order.
 */
final class OrderProgress {
    private static final List<String> STEPS = List.of("ALLOCATED", "PICKING", "PACKED", "SHIPPED", "DELIVERED");

    private OrderProgress() {
    }

    static OrderStatus of(List<String> warehouses, List<ShipmentRow> shipments) {
        if (shipments.stream().anyMatch(s -> "RETURNED".equals(s.status()))) {
            return OrderStatus.RETURNED;
        }
        if (shipments.stream().anyMatch(s -> "FAILED".equals(s.status()))) {
            return OrderStatus.DELIVERY_FAILED;
        }
        int slowest = warehouses.stream().mapToInt(warehouse -> shipments.stream().filter(s -> s.warehouseCode().equals(warehouse))
                .findFirst().map(s -> STEPS.indexOf("IN_TRANSIT".equals(s.status()) ? "SHIPPED" : s.status())).orElse(0)).min().orElse(0);
        return OrderStatus.valueOf(STEPS.get(Math.max(shipments.isEmpty() ? 0 : 1, slowest)));
    }

    /** Moves the (locked) order to where its shipments put it, if that changed. */
    static OrderRow follow(TransactionContext tx, long orderId, String reason, Map<String, ?> details) {
        OrderMapper orders = tx.mapper(OrderMapper.class);
        FulfilmentMapper fulfilment = tx.mapper(FulfilmentMapper.class);
        OrderRow order = orders.lockById(orderId);
        OrderStatus now = of(fulfilment.warehousesOf(orderId), fulfilment.shipmentsOfOrder(orderId));
        return now.name().equals(order.status()) ? order : OrderTransitions.move(tx, order, now, reason, details);
    }
}
