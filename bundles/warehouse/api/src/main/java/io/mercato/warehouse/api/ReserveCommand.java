package io.mercato.warehouse.api;

/** Reserve {@code quantity} of a SKU in a warehouse; the key makes retries safe. */
public record ReserveCommand(String key, String sku, String warehouseCode, Integer quantity, String orderRef) {
}
