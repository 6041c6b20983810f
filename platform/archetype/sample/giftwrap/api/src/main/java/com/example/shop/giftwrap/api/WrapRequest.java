package com.example.shop.giftwrap.api;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * A customer's wish to have an order gift-wrapped.
 *
 * @param status       REQUESTED, WRAPPED or CANCELLED
 * @param orderChecked whether the delivery department confirmed the order exists when the request was taken
 */
public record WrapRequest(long id, String orderNumber, String optionCode, String cardMessage, BigDecimal price, String status,
                          boolean orderChecked, String createdBy, Instant createdAt, String wrappedBy, Instant wrappedAt) {
}
