package io.mercato.delivery.api;

/**
 * Where a sales order stands. The main line runs RECEIVED → UNDER_REVIEW (when its risk score asks for a person) →
 * CONFIRMED → ALLOCATED → PICKING → PACKED → SHIPPED → DELIVERED; ON_HOLD waits for stock, CANCELLED carries a reason,
 * DELIVERY_FAILED and RETURNED end a shipment that did not reach the customer.
 */
public enum OrderStatus {
    RECEIVED, UNDER_REVIEW, CONFIRMED, ALLOCATED, PICKING, PACKED, SHIPPED, DELIVERED, ON_HOLD, CANCELLED, DELIVERY_FAILED, RETURNED;

    /** The outbox topic published when an order enters this status, e.g. {@code mercato/delivery/order-under-review}. */
    public String topic() {
        return OrderEvents.PREFIX + name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }

    /** Stock reserved for an order in this status may still be given back (it has not left the warehouse). */
    public boolean beforeShipment() {
        return switch (this) {
            case RECEIVED, UNDER_REVIEW, CONFIRMED, ALLOCATED, PICKING, PACKED, ON_HOLD -> true;
            default -> false;
        };
    }
}
