package io.mercato.siteops.impl.rest;

import io.mercato.platform.api.Page;
import io.mercato.platform.api.org.PositionLevel;
import io.mercato.platform.api.security.RequiresCapability;
import io.mercato.platform.api.web.Requests;
import io.mercato.siteops.impl.catalog.Categories;
import io.mercato.siteops.impl.catalog.Product;
import io.mercato.siteops.impl.catalog.ProductInput;
import io.mercato.siteops.impl.catalog.Products;
import io.mercato.siteops.impl.catalog.SkuInput;
import io.mercato.siteops.impl.persistence.CategoryRow;
import io.mercato.siteops.impl.persistence.ProductRow;
import java.util.List;
import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.PUT;
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

/**
 * {@code /api/siteops}: the category tree (supervisors add and edit categories and their margin floors) and products with
 * their SKUs ({@code ?q=} title, code, SKU, merchant SKU or barcode; {@code ?category=} with its subtree; {@code ?status=};
 * {@code ?merchant=}).
 */
@Component(service = CatalogResource.class)
@RequiresCapability(Products.CAPABILITY)
@Path("/")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class CatalogResource {
    private final Categories categories;
    private final Products products;

    @Activate
    public CatalogResource(@Reference Categories categories, @Reference Products products) {
        this.categories = categories;
        this.products = products;
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

    @POST
    @Path("products/{code: P-[0-9]+}/skus")
    public Response addSku(@PathParam("code") String code, SkuInput input, @Context SecurityContext security) {
        return Response.status(Response.Status.CREATED).entity(products.addSku(code, input, Requests.actor(security))).build();
    }
}
