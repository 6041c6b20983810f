package io.mercato.procurement.impl.service;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * A purchase order as created or edited: supplier code, the warehouse the goods go to, expected arrival, currency (CNY
 * unless given), note, and lines (SKU, whole units, unit price, over-receipt tolerance in percent, 0 unless given).
 */
public record OrderInput(String supplier, String warehouseCode, LocalDate expectedOn, String currency, String note,
                         List<Line> lines) {
    public record Line(String sku, Integer quantity, BigDecimal unitPrice, BigDecimal tolerancePercent) {
    }
}
