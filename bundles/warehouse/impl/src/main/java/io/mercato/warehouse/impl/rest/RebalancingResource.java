package io.mercato.warehouse.impl.rest;

import io.mercato.platform.api.security.RequiresCapability;
import io.mercato.warehouse.impl.service.RebalancingPlanner.Suggestion;
import io.mercato.warehouse.impl.service.RebalancingService;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import javax.ws.rs.DefaultValue;
import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.StreamingOutput;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Suggestions only; the console turns an accepted one into a transfer with {@code POST /warehouse/transfers}. The
 * JSON answer lists the most urgent ones; {@code suggestions.csv} streams them all.
 */
@Component(service = RebalancingResource.class)
@RequiresCapability("warehouse.transfer")
@Path("rebalancing")
public class RebalancingResource {
    private final RebalancingService rebalancing;

    @Activate
    public RebalancingResource(@Reference RebalancingService rebalancing) {
        this.rebalancing = rebalancing;
    }

    @GET
    @Path("suggestions")
    @Produces(MediaType.APPLICATION_JSON)
    public RebalancingService.Plan suggestions(@QueryParam("windowDays") @DefaultValue("30") int windowDays,
                                               @QueryParam("targetDays") @DefaultValue("14") int targetDays,
                                               @QueryParam("shortBelowDays") @DefaultValue("7") int shortBelowDays,
                                               @QueryParam("surplusAboveDays") @DefaultValue("30") int surplusAboveDays,
                                               @QueryParam("toWarehouse") String toWarehouse,
                                               @QueryParam("limit") @DefaultValue("200") int limit) {
        return rebalancing.suggest(new RebalancingService.Request(windowDays, targetDays, shortBelowDays, surplusAboveDays,
                toWarehouse), limit);
    }

    @GET
    @Path("suggestions.csv")
    @Produces("text/csv")
    public Response export(@QueryParam("windowDays") @DefaultValue("30") int windowDays,
                           @QueryParam("targetDays") @DefaultValue("14") int targetDays,
                           @QueryParam("shortBelowDays") @DefaultValue("7") int shortBelowDays,
                           @QueryParam("surplusAboveDays") @DefaultValue("30") int surplusAboveDays,
                           @QueryParam("toWarehouse") String toWarehouse) {
        RebalancingService.Request request = new RebalancingService.Request(windowDays, targetDays, shortBelowDays,
                surplusAboveDays, toWarehouse);
        rebalancing.check(request);
        StreamingOutput csv = out -> {
            try (Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16)) {
                writer.write("sku,from_warehouse,to_warehouse,to_region,quantity,from_cover_days,to_cover_days,to_daily_sales\n");
                rebalancing.plan(request, suggestion -> write(writer, suggestion));
            }
        };
        return Response.ok(csv, "text/csv; charset=utf-8")
                .header("Content-Disposition", "attachment; filename=\"rebalancing.csv\"").build();
    }

    private static void write(Writer writer, Suggestion s) {
        try {
            writer.write(s.sku() + ',' + s.fromWarehouse() + ',' + s.toWarehouse() + ',' + quoted(s.toRegion()) + ','
                    + s.quantity() + ',' + text(s.fromCoverDays()) + ',' + text(s.toCoverDays()) + ',' + text(s.toDailySales()) + '\n');
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String text(BigDecimal number) {
        return number == null ? "" : number.toPlainString();
    }

    /** Region names are free text (华东, "North, East"): quoted as CSV wants. */
    private static String quoted(String text) {
        return '"' + text.replace("\"", "\"\"") + '"';
    }
}
