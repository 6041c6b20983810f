package io.mercato.delivery.impl.service;

import com.fasterxml.jackson.databind.JsonNode;
import io.mercato.delivery.impl.persistence.AllocationRow;
import io.mercato.delivery.impl.persistence.EventRow;
import io.mercato.delivery.impl.persistence.LineRow;
import io.mercato.delivery.impl.persistence.OrderRow;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/** One order whole: customer, lines, money, the risk findings that scored it, its stock and its timeline. */
public record OrderDetail(String number, String channel, String channelOrder, String status, String statusReason, String stockState,
                          Customer customer, List<Line> lines, BigDecimal goodsTotal, BigDecimal discountTotal, BigDecimal shippingFee,
                          BigDecimal total, String paymentMethod, String paymentReference, String buyerNote, Risk risk,
                          List<AllocationRow> allocations, List<io.mercato.delivery.impl.fulfilment.Shipping.Shipment> shipments,
                          List<Entry> timeline, Instant placedAt, String createdBy) {
    public record Customer(String name, String phone, String province, String city, String district, String street, String postcode) {
    }

    public record Line(int lineNo, String sku, int quantity, BigDecimal unitPrice, BigDecimal discount, BigDecimal amount, String merchant) {
    }

    public record Risk(int score, String decision, int version, JsonNode findings) {
    }

    public record Entry(String kind, String from, String to, String reason, JsonNode details, String actor, Instant at) {
    }

    static OrderDetail of(OrderRow row, List<LineRow> lines, List<AllocationRow> allocations,
                          List<io.mercato.delivery.impl.fulfilment.Shipping.Shipment> shipments, List<EventRow> timeline) {
        return new OrderDetail(row.number(), row.channel(), row.channelOrder(), row.status(), row.statusReason(), row.stockState(),
                new Customer(row.customerName(), row.phone(), row.province(), row.city(), row.district(), row.street(), row.postcode()),
                lines.stream().map(l -> new Line(l.lineNo(), l.sku(), l.quantity(), l.unitPrice(), l.discount(), l.amount(), l.merchantCode())).toList(),
                row.goodsTotal(), row.discountTotal(), row.shippingFee(), row.total(), row.paymentMethod(), row.paymentReference(),
                row.buyerNote(), new Risk(row.riskScore(), row.riskDecision(), row.riskVersion(), Json.tree(row.riskFindings())),
                allocations, shipments, timeline.stream().map(e -> new Entry(e.kind(), e.fromStatus(), e.toStatus(), e.reason(), Json.tree(e.details()),
                        e.actor(), e.at())).toList(), row.placedAt(), row.createdBy());
    }
}
