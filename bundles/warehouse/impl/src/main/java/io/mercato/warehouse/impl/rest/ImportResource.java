package io.mercato.warehouse.impl.rest;

import io.mercato.platform.api.web.CsvFiles;
import io.mercato.platform.api.web.Requests;
import io.mercato.platform.api.Page;
import io.mercato.platform.api.security.RequiresCapability;
import io.mercato.warehouse.impl.imports.ImportJobView;
import io.mercato.warehouse.impl.imports.OpeningStockImports;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.SecurityContext;
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

    /** Cancels a waiting import at once, a running one before its next batch; nothing of it is applied. */
    @POST
    @Path("{id}/cancel")
    public ImportJobView cancel(@PathParam("id") long id, @Context SecurityContext security) {
        return imports.cancel(id, Requests.actor(security));
    }

    /**
     * Every row in error of a refused file, as CSV for a spreadsheet. Every import's endpoints have this shape (the jobs kit's
     * life cycle); each department keeps its own few lines because the paths, capability and file names are its own.
     */
    @GET
    @Path("{id}/errors.csv")
    @Produces("text/csv")
    public Response errors(@PathParam("id") long id) {
        imports.get(id);
        return CsvFiles.attachment("opening-stock-import-" + id + "-errors.csv", out -> imports.writeErrorsCsv(id, out));
    }
}
