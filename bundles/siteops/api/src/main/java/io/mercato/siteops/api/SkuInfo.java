package io.mercato.siteops.api;

import java.util.Map;

/** A sellable variant: its attributes (颜色, 尺码 …), the merchant's own SKU code and the barcode where known. */
public record SkuInfo(String sku, String productCode, String title, Map<String, String> attributes, String merchantSku, String barcode,
                      boolean listed) {
    public SkuInfo {
        attributes = Map.copyOf(attributes);
    }
}
