package io.mercato.warehouse.impl.persistence;

/** Units available of a SKU over all warehouses. */
public record SkuAvailableRow(String sku, int available) {
}
