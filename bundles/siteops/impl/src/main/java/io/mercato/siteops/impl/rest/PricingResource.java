package io.mercato.siteops.impl.rest;

import io.mercato.platform.api.Page;
import io.mercato.platform.api.ValidationException;
import io.mercato.platform.api.security.RequiresCapability;
import io.mercato.platform.api.web.Requests;
import io.mercato.siteops.impl.persistence.PriceChangeRow;
import io.mercato.siteops.impl.persistence.PricingRow;
import io.mercato.siteops.impl.pricing.PriceRules.Suggestion;
import io.mercato.siteops.impl.pricing.Pricing;
import io.mercato.siteops.impl.pricing.PricingInputs.BasisInput;
import io.mercato.siteops.impl.pricing.PricingInputs.CompetitorInput;
import io.mercato.siteops.impl.pricing.PricingInputs.PriceInput;
import java.math.BigDecimal;
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
 * {@code /api/siteops/pricing}: SKUs with cost, floor and price ({@code ?uncompetitive=true} those a competitor undercuts
 * below the floor); per SKU the basis, competitors' prices, a suggestion with its explanation, and price changes (201 when
 * applied, 202 when a loss-leader waits for approval).
 */
@Component(service = PricingResource.class)
@RequiresCapability(Pricing.CAPABILITY)
@Path("/pricing")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class PricingResource {
    private static final String SKU = "{sku: [A-Za-z0-9][A-Za-z0-9._-]{0,63}}";
    private final Pricing pricing;

    @Activate
    public PricingResource(@Reference Pricing pricing) {
        this.pricing = pricing;
    }

    @GET
    public Page<PricingRow> list(@QueryParam("q") String q, @QueryParam("category") String category,
                                 @QueryParam("uncompetitive") String uncompetitive, @QueryParam("page") Integer page,
                                 @QueryParam("size") Integer size, @QueryParam("after") String after) {
        if (uncompetitive != null && !uncompetitive.isBlank() && !uncompetitive.equals("true") && !uncompetitive.equals("false")) {
            throw new ValidationException("uncompetitive", "must be true or false");
        }
        return pricing.search(q, category, "true".equals(uncompetitive), Requests.page(page, size, after));
    }

    @GET
    @Path(SKU)
    public Pricing.SkuPricing get(@PathParam("sku") String sku) {
        return pricing.get(sku);
    }

    @PUT
    @Path(SKU + "/basis")
    public Pricing.SkuPricing basis(@PathParam("sku") String sku, BasisInput input, @Context SecurityContext security) {
        return pricing.setBasis(sku, input, Requests.actor(security));
    }

    @POST
    @Path(SKU + "/competitors")
    public Response competitor(@PathParam("sku") String sku, CompetitorInput input, @Context SecurityContext security) {
        return Response.status(Response.Status.CREATED).entity(pricing.addCompetitor(sku, input, Requests.actor(security))).build();
    }

    /** What a method would give, explained; nothing changes. */
    @GET
    @Path(SKU + "/suggestion")
    public Suggestion suggestion(@PathParam("sku") String sku, @QueryParam("method") String method, @QueryParam("markupPercent") String markup,
                                 @QueryParam("competitorPercent") String competitor, @QueryParam("price") String price,
                                 @QueryParam("rounding") String rounding) {
        return pricing.suggest(sku, new PriceInput(method, decimal("markupPercent", markup), decimal("competitorPercent", competitor),
                decimal("price", price), rounding, null));
    }

    @POST
    @Path(SKU + "/price")
    public Response price(@PathParam("sku") String sku, PriceInput input, @Context SecurityContext security) {
        PriceChangeRow change = pricing.setPrice(sku, input, Requests.actor(security));
        return Response.status("PENDING".equals(change.status()) ? Response.Status.ACCEPTED : Response.Status.CREATED).entity(change).build();
    }

    private static BigDecimal decimal(String field, String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return new BigDecimal(text.strip());
        } catch (NumberFormatException e) {
            throw new ValidationException(field, "must be a number");
        }
    }
}
