package io.mercato.warehouse.impl.rest;

import io.mercato.platform.api.web.Requests;
import io.mercato.platform.api.Page;
import io.mercato.warehouse.api.StockAdjustment;
import io.mercato.warehouse.api.StockChange;
import io.mercato.warehouse.api.StockLevel;
import io.mercato.warehouse.impl.persistence.MovementRow;
import io.mercato.warehouse.impl.service.StockServiceImpl;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Consumer;
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
import javax.ws.rs.core.Response;
import javax.ws.rs.core.StreamingOutput;
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

    @Activate
    public StockResource(@Reference StockServiceImpl stock) {
        this.stock = stock;
    }

    public record SkuStock(String sku, int onHand, int reserved, int available, int inTransit, List<StockLevel> warehouses) {
    }

    /** Stock rows by SKU and warehouse; {@code q} finds SKUs containing it. Deep pages: follow {@code next} with {@code after}. */
    @GET
    @Path("stock")
    public Page<StockLevel> list(@QueryParam("q") String q, @QueryParam("warehouse") String warehouse,
                                 @QueryParam("page") Integer page, @QueryParam("size") Integer size,
                                 @QueryParam("after") String after) {
        return stock.search(q, warehouse, Requests.page(page, size, after));
    }

    /** The whole stock list (or what a search finds) as CSV, streamed: no row count is too large. */
    @GET
    @Path("stock.csv")
    @Produces("text/csv")
    public Response export(@QueryParam("q") String q, @QueryParam("warehouse") String warehouse) {
        Consumer<Consumer<StockLevel>> rows = stock.export(q, warehouse);
        StreamingOutput csv = out -> {
            try (Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16)) {
                writer.write("sku,warehouse,on_hand,reserved,available,in_transit\n");
                rows.accept(level -> write(writer, level));
            }
        };
        return Response.ok(csv, "text/csv; charset=utf-8")
                .header("Content-Disposition", "attachment; filename=\"stock.csv\"").build();
    }

    private static void write(Writer writer, StockLevel level) {
        try {
            writer.write(level.sku() + ',' + level.warehouseCode() + ',' + level.onHand() + ',' + level.reserved() + ','
                    + level.available() + ',' + level.inTransit() + '\n');
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
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
                                       @QueryParam("page") Integer page, @QueryParam("size") Integer size,
                                       @QueryParam("after") String after) {
        return stock.movements(sku, warehouse, Requests.page(page, size, after));
    }

    @POST
    @Path("receipts")
    @Consumes(MediaType.APPLICATION_JSON)
    public StockLevel receive(StockChange receipt, @Context SecurityContext security) {
        return stock.receive(receipt, Requests.actor(security));
    }

    @POST
    @Path("issues")
    @Consumes(MediaType.APPLICATION_JSON)
    public StockLevel issue(StockChange issue, @Context SecurityContext security) {
        return stock.issue(issue, Requests.actor(security));
    }

    @POST
    @Path("adjustments")
    @Consumes(MediaType.APPLICATION_JSON)
    public StockLevel adjust(StockAdjustment adjustment, @Context SecurityContext security) {
        return stock.adjust(adjustment, Requests.actor(security));
    }

}
