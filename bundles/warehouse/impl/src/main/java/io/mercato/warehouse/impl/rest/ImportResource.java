package io.mercato.warehouse.impl.rest;

import io.mercato.platform.api.web.Requests;
import io.mercato.platform.api.Page;
import io.mercato.platform.api.security.RequiresCapability;
import io.mercato.warehouse.impl.imports.ImportJobView;
import io.mercato.warehouse.impl.imports.OpeningStockImports;
import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.MediaType;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** Opening-stock imports, newest first, and one import's progress (the upload is {@link OpeningStockUpload}). */
@Component(service = ImportResource.class)
@RequiresCapability("warehouse.stock")
@Path("imports")
@Produces(MediaType.APPLICATION_JSON)
public class ImportResource {
    private final OpeningStockImports imports;

    @Activate
    public ImportResource(@Reference OpeningStockImports imports) {
        this.imports = imports;
    }

    @GET
    public Page<ImportJobView> list(@QueryParam("page") Integer page, @QueryParam("size") Integer size) {
        return imports.recent(Requests.page(page, size, null));
    }

    @GET
    @Path("{id}")
    public ImportJobView get(@PathParam("id") long id) {
        return imports.get(id);
    }
}
