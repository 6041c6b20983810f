package io.mercato.siteops.impl.persistence;

public record SkuRow(String sku, String productCode, String title, String productStatus, String attributes, String merchantSku, String barcode,
                     int position) {
}
