package io.mercato.siteops.impl.rest;

import io.mercato.platform.api.Page;
import io.mercato.platform.api.org.PositionLevel;
import io.mercato.platform.api.security.RequiresCapability;
import io.mercato.platform.api.web.CsvFiles;
import io.mercato.platform.api.web.Requests;
import io.mercato.siteops.impl.catalog.Categories;
import io.mercato.siteops.impl.catalog.Product;
import io.mercato.siteops.impl.catalog.ProductInput;
import io.mercato.siteops.impl.catalog.Products;
import io.mercato.siteops.impl.catalog.SkuInput;
import io.mercato.siteops.impl.images.Images;
import io.mercato.siteops.impl.catalog.Sku;
import io.mercato.siteops.impl.imports.ImportJobView;
import io.mercato.siteops.impl.imports.ProductCsv;
import io.mercato.siteops.impl.imports.ProductImports;
import io.mercato.siteops.impl.persistence.CategoryRow;
import io.mercato.siteops.impl.persistence.ExportRow;
import io.mercato.siteops.impl.persistence.ImageData;
import io.mercato.siteops.impl.persistence.ProductRow;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.function.Consumer;
import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.PUT;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.EntityTag;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.SecurityContext;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * {@code /api/siteops}: the category tree (supervisors add and edit categories and their margin floors) and products with
 * their SKUs ({@code ?q=} title, code, SKU, merchant SKU or barcode; {@code ?category=} with its subtree; {@code ?status=};
 * {@code ?merchant=}), and the images products show.
 */
@Component(service = CatalogResource.class)
@RequiresCapability(Products.CAPABILITY)
@Path("/")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class CatalogResource {
    private final Categories categories;
    private final Products products;
    private final Images images;
    private final ProductImports imports;

    @Activate
    public CatalogResource(@Reference Categories categories, @Reference Products products, @Reference Images images,
                           @Reference ProductImports imports) {
        this.categories = categories;
        this.products = products;
        this.images = images;
        this.imports = imports;
    }

    @GET
    @Path("categories")
    public List<CategoryRow> categories() {
        return categories.list();
    }

    @RequiresCapability(value = Products.CAPABILITY, level = PositionLevel.SUPERVISOR)
    @POST
    @Path("categories")
    public Response createCategory(Categories.CategoryInput input, @Context SecurityContext security) {
        return Response.status(Response.Status.CREATED).entity(categories.create(input, Requests.actor(security))).build();
    }

    @RequiresCapability(value = Products.CAPABILITY, level = PositionLevel.SUPERVISOR)
    @PUT
    @Path("categories/{code}")
    public CategoryRow updateCategory(@PathParam("code") String code, Categories.CategoryInput input, @Context SecurityContext security) {
        return categories.update(code, input, Requests.actor(security));
    }

    @GET
    @Path("products")
    public Page<ProductRow> products(@QueryParam("q") String q, @QueryParam("status") String status, @QueryParam("category") String category,
                                     @QueryParam("merchant") String merchant, @QueryParam("page") Integer page, @QueryParam("size") Integer size,
                                     @QueryParam("after") String after) {
        return products.search(q, status, category, merchant, Requests.page(page, size, after));
    }

    @POST
    @Path("products")
    public Response create(ProductInput input, @Context SecurityContext security) {
        return Response.status(Response.Status.CREATED).entity(products.create(input, Requests.actor(security))).build();
    }

    @GET
    @Path("products/{code: P-[0-9]+}")
    public Product product(@PathParam("code") String code) {
        return products.get(code);
    }

    @PUT
    @Path("products/{code: P-[0-9]+}")
    public Product update(@PathParam("code") String code, ProductInput input, @Context SecurityContext security) {
        return products.update(code, input, Requests.actor(security));
    }

    /** The products a search finds (all by default) with their SKUs as CSV, one row per SKU, streamed; the import reads it back. */
    @GET
    @Path("products.csv")
    @Produces("text/csv")
    public Response export(@QueryParam("q") String q, @QueryParam("status") String status, @QueryParam("category") String category,
                           @QueryParam("merchant") String merchant) {
        Consumer<Consumer<ExportRow>> rows = products.export(q, status, category, merchant);
        return CsvFiles.attachment("products.csv", writer -> {
            try (CSVPrinter printer = new CSVPrinter(writer, CSVFormat.DEFAULT.builder().setHeader(ProductCsv.COLUMNS.toArray(String[]::new))
                    .build())) {
                rows.accept(row -> print(printer, row));
            }
        });
    }

    @GET
    @Path("imports")
    public Page<ImportJobView> imports(@QueryParam("page") Integer page, @QueryParam("size") Integer size) {
        return imports.recent(Requests.page(page, size, null));
    }

    @GET
    @Path("imports/{id: [0-9]{1,18}}")
    public ImportJobView importJob(@PathParam("id") long id) {
        return imports.get(id);
    }

    @POST
    @Path("imports/{id: [0-9]{1,18}}/cancel")
    public ImportJobView cancelImport(@PathParam("id") long id, @Context SecurityContext security) {
        return imports.cancel(id, Requests.actor(security));
    }

    /**
     * Every row in error of a refused file, as CSV for a spreadsheet. Every import's endpoints have this shape (the jobs kit's
     * life cycle); each department keeps its own few lines because the paths, capability and file names are its own.
     */
    @GET
    @Path("imports/{id: [0-9]{1,18}}/errors.csv")
    @Produces("text/csv")
    public Response importErrors(@PathParam("id") long id) {
        imports.get(id);
        return CsvFiles.attachment("product-import-" + id + "-errors.csv", out -> imports.writeErrorsCsv(id, out));
    }

    /** An image's bytes as uploaded; the console shows product images from here. */
    @GET
    @Path("images/{id: [0-9]{1,18}}")
    @Produces({"image/jpeg", "image/png", "image/gif"})
    public Response image(@PathParam("id") long id) {
        ImageData image = images.data(id);
        return Response.ok(image.data(), image.contentType()).tag(new EntityTag(image.sha256()))
                .header("Content-Disposition", "inline; filename=\"image-" + id + "\"").build();
    }

    @POST
    @Path("products/{code: P-[0-9]+}/skus")
    public Response addSku(@PathParam("code") String code, SkuInput input, @Context SecurityContext security) {
        return Response.status(Response.Status.CREATED).entity(products.addSku(code, input, Requests.actor(security))).build();
    }

    private static void print(CSVPrinter printer, ExportRow row) {
        try {
            printer.printRecord(row.product(), row.status(), row.category(), row.merchant(), row.title(), row.description(), row.sku(),
                    row.attributes() == null ? null : ProductCsv.attributesText(Sku.attributes(row.attributes())), row.merchantSku(), row.barcode());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
