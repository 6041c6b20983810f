package io.mercato.delivery.impl.persistence;

/** Units of one SKU in a package. */
public record ItemRow(String sku, int quantity) {
}
