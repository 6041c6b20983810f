package io.mercato.siteops.impl.catalog;

import java.util.Map;

/** A variant: its SKU code, attributes (颜色: 红, 尺码: XL), the merchant's SKU code and a barcode (EAN/UPC digits). */
public record SkuInput(String sku, Map<String, String> attributes, String merchantSku, String barcode) {
}
