package io.mercato.warehouse.impl.persistence;

/** A staged row that breaks a rule, with how many rows break it in all. */
public record RowProblemRow(int line, String sku, String warehouseCode, long total) {
}
