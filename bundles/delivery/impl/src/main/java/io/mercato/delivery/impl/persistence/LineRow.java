package io.mercato.delivery.impl.persistence;

import java.math.BigDecimal;

public record LineRow(long orderId, int lineNo, String sku, int quantity, BigDecimal unitPrice, BigDecimal discount, BigDecimal amount,
                      String merchantCode) {
}
