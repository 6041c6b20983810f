package io.mercato.siteops.impl.persistence;

/** One line of the product CSV: a product with one of its SKUs (or none). */
public record ExportRow(String product, String status, String category, String merchant, String title, String description, String sku,
                        String attributes, String merchantSku, String barcode) {
}
