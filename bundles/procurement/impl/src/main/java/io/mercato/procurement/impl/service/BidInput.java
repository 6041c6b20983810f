package io.mercato.procurement.impl.service;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * A bid: per item quoted, the unit price, lead time in days, the minimum and maximum quantity the supplier accepts
 * (1 and no maximum unless given) and until when the quote holds. {@code supplier} only for a paper bid a buyer records.
 */
public record BidInput(String supplier, List<Line> lines) {
    public record Line(Integer item, BigDecimal unitPrice, Integer leadTimeDays, Integer minQuantity, Integer maxQuantity,
                       LocalDate validUntil) {
    }
}
