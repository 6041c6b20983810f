package io.mercato.delivery.impl.persistence;

import java.math.BigDecimal;
import java.time.Instant;

public record OrderRow(long id, String number, String channel, String channelOrder, String status, String statusReason,
                       String stockState, String customerName, String phone, String province, String city, String district,
                       String street, String postcode, String addressKey, String paymentMethod, String paymentReference,
                       String buyerNote, BigDecimal goodsTotal, BigDecimal discountTotal, BigDecimal shippingFee, BigDecimal total,
                       int riskScore, String riskDecision, int riskVersion, String riskFindings, String orgDepartment,
                       Instant placedAt, String createdBy, Instant updatedAt) {
}
