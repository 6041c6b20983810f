package io.mercato.procurement.impl.service;

import java.util.List;

/**
 * Goods that arrived for a purchase order: per order line the units received and, of those, the units rejected (with
 * a reason); the accepted rest goes into stock. {@code warehouseCode} defaults to the order's.
 */
public record ReceiptInput(String warehouseCode, String note, List<Line> lines) {
    public record Line(Integer line, Integer received, Integer rejected, String rejectReason) {
    }
}
