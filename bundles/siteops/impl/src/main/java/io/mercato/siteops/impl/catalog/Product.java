package io.mercato.siteops.impl.catalog;

import io.mercato.siteops.impl.persistence.ProductRow;
import io.mercato.siteops.impl.upload.Upload;
import java.util.List;

/** A product with its SKUs and the upload (or revision) in progress, if any, as the product editor shows it. */
public record Product(ProductRow details, List<Sku> skus, Upload upload) {
}
