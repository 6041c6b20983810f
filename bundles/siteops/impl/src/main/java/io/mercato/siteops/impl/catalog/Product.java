package io.mercato.siteops.impl.catalog;

import io.mercato.siteops.impl.persistence.ProductRow;
import java.util.List;

/** A product with its SKUs, as the product editor shows it. */
public record Product(ProductRow details, List<Sku> skus) {
}
