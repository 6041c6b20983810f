package io.mercato.delivery.impl.persistence;

/** One SKU to fetch for a pick list: the units of all its orders together, and how many orders want it. */
public record PickLineRow(String sku, int quantity, int orders) {
}
