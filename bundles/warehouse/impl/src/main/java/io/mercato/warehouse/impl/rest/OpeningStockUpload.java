package io.mercato.warehouse.impl.rest;

import io.mercato.platform.api.Actor;
import io.mercato.platform.api.security.RequiresCapability;
import io.mercato.platform.api.web.CsvUpload;
import io.mercato.platform.api.web.UploadEndpoint;
import io.mercato.warehouse.impl.imports.OpeningStockImports;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * {@code POST /api/warehouse/imports/opening-stock} (text/csv): a whole company's opening stock in one file, streamed to disk
 * by the platform, staged and answered 202 with the import job; {@code GET /api/warehouse/imports/{id}} follows it.
 */
@Component(service = UploadEndpoint.class, property = UploadEndpoint.PATH + "=warehouse/imports/opening-stock")
@RequiresCapability("warehouse.stock")
public class OpeningStockUpload extends CsvUpload {
    /** 2,000,000 rows are about 40 MB; this leaves room for 5,000,000 rows with long SKU codes. */
    static final long MAX_BYTES = 256L * 1024 * 1024;
    private final OpeningStockImports imports;

    @Activate
    public OpeningStockUpload(@Reference OpeningStockImports imports) {
        super(MAX_BYTES);
        this.imports = imports;
    }

    @Override
    public Object handle(Upload upload, Actor actor) {
        return imports.submit(upload.file(), actor);
    }
}
