package io.mercato.merchants.impl.persistence;

import java.math.BigDecimal;
import java.time.LocalDate;

public record CommissionLineRow(long id, String merchant, String orderNumber, int lineNo, String kind, String sku, String category,
                                LocalDate orderDate, BigDecimal amount, BigDecimal ratePercent, Long ruleId, Integer termsVersion,
                                BigDecimal commission, LocalDate bookedOn, String settlement) {
}
