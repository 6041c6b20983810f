package io.mercato.procurement.impl.persistence;

import java.math.BigDecimal;
import java.time.LocalDate;

public record BidLineRow(long bidId, int itemNo, BigDecimal unitPrice, int leadTimeDays, int minQuantity, Integer maxQuantity,
                         LocalDate validUntil) {
}
