package io.mercato.siteops.api;

import java.util.List;
import java.util.Optional;
import org.osgi.annotation.versioning.ProviderType;

/** The shop's catalog, read-only, for departments that show or check products (delivery, CRM, merchants). */
@ProviderType
public interface CatalogService {
    Optional<ProductInfo> product(String code);

    Optional<SkuInfo> sku(String sku);

    /** The SKUs of a product, in the order they were added. */
    List<SkuInfo> skus(String productCode);
}
