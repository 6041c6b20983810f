package io.mercato.delivery.impl.service;

import io.mercato.delivery.impl.persistence.OrderRow;
import java.math.BigDecimal;
import java.time.Instant;

/** An order as lists show it. */
public record OrderSummary(String number, String channel, String channelOrder, String status, String statusReason, String stockState,
                           String customerName, String phone, String province, String city, BigDecimal total, String paymentMethod,
                           int riskScore, String riskDecision, Instant placedAt) {
    static OrderSummary of(OrderRow row) {
        return new OrderSummary(row.number(), row.channel(), row.channelOrder(), row.status(), row.statusReason(), row.stockState(),
                row.customerName(), row.phone(), row.province(), row.city(), row.total(), row.paymentMethod(), row.riskScore(),
                row.riskDecision(), row.placedAt());
    }
}
