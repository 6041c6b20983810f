package io.mercato.siteops.impl.catalog;

import io.mercato.siteops.impl.persistence.ImageRow;
import io.mercato.siteops.impl.persistence.ProductRow;
import io.mercato.siteops.impl.upload.Upload;
import java.util.List;

/**
 * A product with its SKUs, its images (the first the main one) and the upload (or revision) in progress, if any, as the
 * product editor shows it; {@code proposedImages} are the images that upload will list, null when it keeps the current ones.
 */
public record Product(ProductRow details, List<Sku> skus, List<ImageRow> images, Upload upload, List<ImageRow> proposedImages) {
}
