package io.mercato.delivery.impl.service;

import java.math.BigDecimal;
import java.util.List;

/**
 * A sales order as a channel integration or customer service sends it. {@code total}, if given, is checked against
 * the total computed from the lines; it is never taken as it is.
 */
public record OrderInput(String channel, String channelOrder, Customer customer, List<Line> lines, BigDecimal shippingFee,
                         Payment payment, String buyerNote, BigDecimal total) {
    public record Customer(String name, String phone, Address address) {
    }

    public record Address(String province, String city, String district, String street, String postcode) {
    }

    /** {@code merchant}: the code of the third-party merchant whose goods the line sells, if not the shop's own. */
    public record Line(String sku, Integer quantity, BigDecimal unitPrice, BigDecimal discount, String merchant) {
    }

    /** {@code method} PREPAID (with the payment's reference) or COD, cash on delivery. */
    public record Payment(String method, String reference) {
    }
}
