package io.mercato.procurement.impl.service;

import java.util.List;
import java.util.Map;

/** The outbox event of a receipt: the accepted units to post into the warehouse's stock, once. */
final class GoodsReceived {
    static final String TOPIC = "mercato/procurement/goods-received";

    private GoodsReceived() {
    }

    static Map<String, Object> payload(long receiptId, String orderNumber, String warehouseCode, String receivedBy,
                                       List<Map<String, Object>> lines) {
        return Map.of("receiptId", receiptId, "purchaseOrder", orderNumber, "warehouseCode", warehouseCode,
                "receivedBy", receivedBy, "lines", lines);
    }

    /** The reference the stock movement carries, so the ledger points back to the receipt. */
    static String reference(String orderNumber, long receiptId) {
        return orderNumber + "/R" + receiptId;
    }
}
