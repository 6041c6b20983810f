package io.mercato.procurement.impl.persistence;

import java.math.BigDecimal;

public record OrderLineRow(long purchaseOrderId, int lineNo, String sku, int quantity, BigDecimal unitPrice,
                           BigDecimal tolerancePercent, int accepted, int rejected) {
}
