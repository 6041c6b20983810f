package io.mercato.delivery.impl.service;

import java.math.BigDecimal;
import java.util.List;

/** A checked order, normalised (full province name, phone digits, address key) with its totals computed. */
public record OrderDraft(String channel, String channelOrder, String customerName, String phone, String province,
                         String city, String district, String street, String postcode, String addressKey,
                         List<DraftLine> lines, BigDecimal goodsTotal, BigDecimal discountTotal, BigDecimal shippingFee,
                         BigDecimal total, String paymentMethod, String paymentReference, String buyerNote) {
    public OrderDraft {
        lines = List.copyOf(lines);
    }

    public record DraftLine(int lineNo, String sku, int quantity, BigDecimal unitPrice, BigDecimal discount, BigDecimal amount,
                            String merchantCode) {
    }

    public boolean cashOnDelivery() {
        return "COD".equals(paymentMethod);
    }

    /** The customer's sales region, e.g. 华东. */
    public String region() {
        return Regions.regionOf(province);
    }
}
