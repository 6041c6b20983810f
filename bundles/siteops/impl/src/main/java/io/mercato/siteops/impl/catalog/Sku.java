package io.mercato.siteops.impl.catalog;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.mercato.siteops.api.SkuInfo;
import io.mercato.siteops.impl.persistence.SkuRow;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;

/** A SKU with its attributes read back from JSON. */
public record Sku(String sku, Map<String, String> attributes, String merchantSku, String barcode, int position) {
    private static final ObjectMapper JSON = new ObjectMapper();

    static Sku of(SkuRow row) {
        return new Sku(row.sku(), attributes(row.attributes()), row.merchantSku(), row.barcode(), row.position());
    }

    static SkuInfo info(SkuRow row) {
        return new SkuInfo(row.sku(), row.productCode(), row.title(), attributes(row.attributes()), row.merchantSku(), row.barcode(),
                "LISTED".equals(row.productStatus()));
    }

    public static Map<String, String> attributes(String json) {
        try {
            return json == null ? Map.of() : JSON.readValue(json, new TypeReference<LinkedHashMap<String, String>>() { });
        } catch (IOException e) {
            throw new IllegalStateException("unreadable SKU attributes", e);
        }
    }

    static String json(Map<String, String> attributes) {
        try {
            return JSON.writeValueAsString(attributes == null ? Map.of() : attributes);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
