package io.mercato.merchants.impl.rest;

import io.mercato.platform.api.web.Requests;
import io.mercato.merchants.api.CommissionRate;
import io.mercato.merchants.impl.persistence.RuleRow;
import io.mercato.merchants.impl.service.MerchantService;
import io.mercato.merchants.impl.service.RuleInput;
import io.mercato.merchants.impl.service.Terms;
import io.mercato.platform.api.NotFoundException;
import io.mercato.platform.api.Page;
import io.mercato.platform.api.ValidationException;
import io.mercato.platform.api.security.RequiresCapability;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
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
 * {@code /api/merchants/commission}: rules (each a new version with its effective date) and
 * {@code explain?merchant=&category=&date=}, which says which rule applies and why.
 */
@Component(service = CommissionResource.class)
@RequiresCapability(MerchantService.CAPABILITY)
@Path("commission")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class CommissionResource {
    private final Terms terms;

    @Activate
    public CommissionResource(@Reference Terms terms) {
        this.terms = terms;
    }

    @GET
    @Path("rules")
    public Page<RuleRow> rules(@QueryParam("merchant") String merchant, @QueryParam("category") String category,
                               @QueryParam("page") Integer page, @QueryParam("size") Integer size) {
        return terms.rules(merchant, category, Requests.page(page, size, null));
    }

    @POST
    @Path("rules")
    public Response addRule(RuleInput input, @Context SecurityContext security) {
        return Response.status(Response.Status.CREATED).entity(terms.addRule(input, Requests.actor(security))).build();
    }

    @GET
    @Path("explain")
    public CommissionRate explain(@QueryParam("merchant") String merchant, @QueryParam("category") String category,
                                  @QueryParam("date") String date) {
        LocalDate day;
        try {
            day = date == null || date.isBlank() ? LocalDate.now(java.time.ZoneId.of("Asia/Shanghai")) : LocalDate.parse(date.strip());
        } catch (DateTimeParseException e) {
            throw new ValidationException("date", "must be a date such as 2026-12-01");
        }
        return terms.commissionRate(merchant, category, day).orElseThrow(() -> new NotFoundException(
                "No commission rule applies to " + merchant + " in " + category + " on " + day));
    }
}
