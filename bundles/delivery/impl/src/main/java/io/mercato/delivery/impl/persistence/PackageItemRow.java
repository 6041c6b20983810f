package io.mercato.delivery.impl.persistence;

/** Units of one SKU in one package of a pick list. */
public record PackageItemRow(long shipmentId, String sku, int quantity) {
}
