package io.mercato.delivery.api;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/** A sales order as other departments read it (customer service, CRM, site operations' sales analysis). */
public record SalesOrderInfo(String number, String channel, String channelOrder, OrderStatus status, String customerName,
                             String phone, String province, String city, BigDecimal goodsTotal, BigDecimal discountTotal,
                             BigDecimal shippingFee, BigDecimal total, String paymentMethod, Instant placedAt,
                             List<Line> lines) {
    public SalesOrderInfo {
        lines = List.copyOf(lines);
    }

    /**
     * One line: {@code amount = quantity × unitPrice − discount}; {@code merchantCode} names the third-party merchant whose
     * goods it sells (null for the shop's own).
     */
    public record Line(int lineNo, String sku, int quantity, BigDecimal unitPrice, BigDecimal discount, BigDecimal amount,
                       String merchantCode) {
    }
}
