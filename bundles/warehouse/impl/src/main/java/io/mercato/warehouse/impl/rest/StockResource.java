package io.mercato.warehouse.impl.rest;

import io.mercato.platform.api.Page;
import io.mercato.warehouse.api.StockAdjustment;
import io.mercato.warehouse.api.StockChange;
import io.mercato.warehouse.api.StockLevel;
import io.mercato.warehouse.impl.persistence.MovementRow;
import io.mercato.warehouse.impl.service.OpeningStockImport;
import io.mercato.warehouse.impl.service.StockServiceImpl;
import java.util.List;
import io.mercato.platform.api.security.RequiresCapability;
import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.SecurityContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

@Component(service = StockResource.class)
@RequiresCapability("warehouse.stock")
@Path("/")
@Produces(MediaType.APPLICATION_JSON)
public class StockResource {
    private final StockServiceImpl stock;
    private final OpeningStockImport openingStock;

    @Activate
    public StockResource(@Reference StockServiceImpl stock, @Reference OpeningStockImport openingStock) {
        this.stock = stock;
        this.openingStock = openingStock;
    }

    public record SkuStock(String sku, int onHand, int reserved, int available, int inTransit, List<StockLevel> warehouses) {
    }

    @GET
    @Path("stock")
    public Page<StockLevel> list(@QueryParam("q") String q, @QueryParam("warehouse") String warehouse,
                                 @QueryParam("page") Integer page, @QueryParam("size") Integer size) {
        return stock.search(q, warehouse, WarehouseResources.page(page, size));
    }

    @GET
    @Path("stock/{sku}")
    public SkuStock bySku(@PathParam("sku") String sku) {
        List<StockLevel> levels = stock.levels(sku);
        return new SkuStock(sku, levels.stream().mapToInt(StockLevel::onHand).sum(),
                levels.stream().mapToInt(StockLevel::reserved).sum(), levels.stream().mapToInt(StockLevel::available).sum(),
                levels.stream().mapToInt(StockLevel::inTransit).sum(), levels);
    }

    @GET
    @Path("movements")
    public Page<MovementRow> movements(@QueryParam("sku") String sku, @QueryParam("warehouse") String warehouse,
                                       @QueryParam("page") Integer page, @QueryParam("size") Integer size) {
        return stock.movements(sku, warehouse, WarehouseResources.page(page, size));
    }

    @POST
    @Path("receipts")
    @Consumes(MediaType.APPLICATION_JSON)
    public StockLevel receive(StockChange receipt, @Context SecurityContext security) {
        return stock.receive(receipt, WarehouseResources.actor(security));
    }

    @POST
    @Path("issues")
    @Consumes(MediaType.APPLICATION_JSON)
    public StockLevel issue(StockChange issue, @Context SecurityContext security) {
        return stock.issue(issue, WarehouseResources.actor(security));
    }

    @POST
    @Path("adjustments")
    @Consumes(MediaType.APPLICATION_JSON)
    public StockLevel adjust(StockAdjustment adjustment, @Context SecurityContext security) {
        return stock.adjust(adjustment, WarehouseResources.actor(security));
    }

    @POST
    @Path("stock/import")
    @Consumes({"text/csv", MediaType.TEXT_PLAIN})
    public OpeningStockImport.Result importOpeningStock(String csv, @Context SecurityContext security) {
        return openingStock.importCsv(csv, WarehouseResources.actor(security));
    }
}
