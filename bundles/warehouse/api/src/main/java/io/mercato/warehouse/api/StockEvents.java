package io.mercato.warehouse.api;

/** Outbox topics the warehouse publishes (subscribe with an {@code OutboxSubscriber}). */
public final class StockEvents {
    /**
     * Units arrived in a warehouse (a receipt, a transfer's arrival, a positive count correction), so orders waiting for
     * the SKU may be allocated: {@link #SKU}, {@link #WAREHOUSE}, {@link #QUANTITY} (a number).
     */
    public static final String STOCK_RECEIVED = "mercato/warehouse/stock-received";
    public static final String SKU = "sku";
    public static final String WAREHOUSE = "warehouseCode";
    public static final String QUANTITY = "quantity";

    private StockEvents() {
    }
}
