package io.mercato.delivery.impl.fulfilment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.mercato.delivery.api.OrderStatus;
import io.mercato.delivery.impl.persistence.ShipmentRow;
import java.util.List;
import org.junit.jupiter.api.Test;

class OrderProgressTest {
    private static ShipmentRow shipment(String warehouse, String status) {
        return new ShipmentRow(1, "SO-1-" + warehouse, 1, "SO-1", warehouse, "PL-1", status, null, null, null, null, null, false, null, null);
    }

    @Test
    void anOrderIsAsFarAsItsSlowestPackage() {
        assertEquals(OrderStatus.ALLOCATED, OrderProgress.of(List.of("A", "B"), List.of()));
        assertEquals(OrderStatus.PICKING, OrderProgress.of(List.of("A", "B"), List.of(shipment("A", "SHIPPED"))),
                "one package out, the other warehouse not picked yet");
        assertEquals(OrderStatus.PACKED, OrderProgress.of(List.of("A", "B"), List.of(shipment("A", "IN_TRANSIT"), shipment("B", "PACKED"))));
        assertEquals(OrderStatus.SHIPPED, OrderProgress.of(List.of("A", "B"), List.of(shipment("A", "DELIVERED"), shipment("B", "IN_TRANSIT"))));
        assertEquals(OrderStatus.DELIVERED, OrderProgress.of(List.of("A"), List.of(shipment("A", "DELIVERED"))));
    }

    @Test
    void aFailedOrReturnedPackageMarksTheOrder() {
        assertEquals(OrderStatus.DELIVERY_FAILED, OrderProgress.of(List.of("A", "B"), List.of(shipment("A", "DELIVERED"), shipment("B", "FAILED"))));
        assertEquals(OrderStatus.RETURNED, OrderProgress.of(List.of("A", "B"), List.of(shipment("A", "RETURNED"), shipment("B", "FAILED"))));
    }

    @Test
    void courierReportsMoveAPackageOnlyForward() {
        assertEquals("IN_TRANSIT", Shipping.next("SHIPPED", "PICKED_UP"));
        assertEquals("DELIVERED", Shipping.next("IN_TRANSIT", "DELIVERED"));
        assertEquals("FAILED", Shipping.next("IN_TRANSIT", "FAILED"));
        assertEquals("IN_TRANSIT", Shipping.next("FAILED", "IN_TRANSIT"), "a second attempt");
        assertEquals("DELIVERED", Shipping.next("DELIVERED", "DELIVERED"), "a repeated report changes nothing");
        assertEquals("RETURNED", Shipping.next("DELIVERED", "RETURNED"));
        assertNull(Shipping.next("DELIVERED", "IN_TRANSIT"));
        assertNull(Shipping.next("PACKED", "DELIVERED"), "not shipped yet");
    }
}
