package io.mercato.siteops.impl.rest;

import io.mercato.platform.api.Actor;
import io.mercato.platform.api.security.RequiresCapability;
import io.mercato.platform.api.web.CsvUpload;
import io.mercato.platform.api.web.UploadEndpoint;
import io.mercato.siteops.impl.catalog.Products;
import io.mercato.siteops.impl.imports.ProductImports;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * {@code POST /api/siteops/imports/products} (text/csv): products and SKUs from a CSV, staged and answered 202 with the
 * import; {@code GET /api/siteops/imports/{id}} follows it to all rows applied or none with the rows in error.
 */
@Component(service = UploadEndpoint.class, property = UploadEndpoint.PATH + "=siteops/imports/products")
@RequiresCapability(Products.CAPABILITY)
public class ProductImportUpload extends CsvUpload {
    /** 200,000 rows with long descriptions. */
    static final long MAX_BYTES = 128L * 1024 * 1024;
    private final ProductImports imports;

    @Activate
    public ProductImportUpload(@Reference ProductImports imports) {
        super(MAX_BYTES);
        this.imports = imports;
    }

    @Override
    public Object handle(Upload upload, Actor actor) {
        return imports.submit(upload.file(), actor);
    }
}
