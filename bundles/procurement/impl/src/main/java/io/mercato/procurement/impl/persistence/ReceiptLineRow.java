package io.mercato.procurement.impl.persistence;

public record ReceiptLineRow(long receiptId, int lineNo, String sku, int received, int rejected, String rejectReason) {
}
