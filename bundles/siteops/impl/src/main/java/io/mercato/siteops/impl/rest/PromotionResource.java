package io.mercato.siteops.impl.rest;

import io.mercato.platform.api.NotFoundException;
import io.mercato.platform.api.ValidationException;
import io.mercato.platform.api.security.RequiresCapability;
import io.mercato.platform.api.web.Requests;
import io.mercato.siteops.api.PriceQuote;
import io.mercato.siteops.impl.persistence.PromotionRow;
import io.mercato.siteops.impl.promotions.PriceDesk;
import io.mercato.siteops.impl.promotions.PromotionInput;
import io.mercato.siteops.impl.promotions.Promotions;
import io.mercato.siteops.impl.support.ShopTime;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;
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
import javax.ws.rs.core.SecurityContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * {@code /api/siteops/promotions}: the calendar ({@code ?from=&days=&status=}), a promotion with its effect report, new
 * promotions (201; above the discount limit they wait for approval) and cancelling; {@code GET prices/{sku}} quotes a SKU's
 * price for a member tier at a time, with the promotions applied and those passed over.
 */
@Component(service = PromotionResource.class)
@RequiresCapability(Promotions.CAPABILITY)
@Path("/")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class PromotionResource {
    private final Promotions promotions;
    private final PriceDesk prices;

    /** Why a promotion is cancelled. */
    public record Cancellation(String reason) {
    }

    @Activate
    public PromotionResource(@Reference Promotions promotions, @Reference PriceDesk prices) {
        this.promotions = promotions;
        this.prices = prices;
    }

    @GET
    @Path("promotions")
    public List<PromotionRow> calendar(@QueryParam("from") String from, @QueryParam("days") String days, @QueryParam("status") String status) {
        LocalDate start;
        int span;
        try {
            start = from == null || from.isBlank() ? ShopTime.today().withDayOfMonth(1) : LocalDate.parse(from.strip());
        } catch (DateTimeParseException e) {
            throw new ValidationException("from", "must be a date like 2026-12-01");
        }
        try {
            span = days == null || days.isBlank() ? 42 : Integer.parseInt(days.strip());
        } catch (NumberFormatException e) {
            throw new ValidationException("days", "must be a whole number");
        }
        return promotions.calendar(start, span, status);
    }

    @GET
    @Path("promotions/{number: PR-[0-9]+}")
    public Promotions.Promotion promotion(@PathParam("number") String number) {
        return promotions.get(number);
    }

    @POST
    @Path("promotions")
    public Response create(PromotionInput input, @Context SecurityContext security) {
        Promotions.Promotion created = promotions.create(input, Requests.actor(security));
        return Response.status("PENDING_APPROVAL".equals(created.details().status()) ? Response.Status.ACCEPTED : Response.Status.CREATED)
                .entity(created).build();
    }

    @POST
    @Path("promotions/{number: PR-[0-9]+}/cancel")
    public Promotions.Promotion cancel(@PathParam("number") String number, Cancellation input, @Context SecurityContext security) {
        return promotions.cancel(number, input == null ? null : input.reason(), Requests.actor(security));
    }

    /** The price a member of a tier pays for a SKU at a time (default now), buying {@code quantity} (default 1). */
    @GET
    @Path("prices/{sku: [A-Za-z0-9][A-Za-z0-9._-]{0,63}}")
    public PriceQuote price(@PathParam("sku") String sku, @QueryParam("tier") String tier, @QueryParam("at") String at,
                            @QueryParam("quantity") String quantity) {
        Instant when;
        int units;
        try {
            when = at == null || at.isBlank() ? Instant.now() : OffsetDateTime.parse(at.strip()).toInstant();
        } catch (DateTimeParseException e) {
            throw new ValidationException("at", "must be a time like 2026-12-12T10:00:00+08:00");
        }
        try {
            units = quantity == null || quantity.isBlank() ? 1 : Integer.parseInt(quantity.strip());
        } catch (NumberFormatException e) {
            throw new ValidationException("quantity", "must be a whole number");
        }
        if (units < 1 || units > 100_000) {
            throw new ValidationException("quantity", "must be 1 to 100000");
        }
        return prices.price(sku, tier, when, units).orElseThrow(() -> new NotFoundException("SKU " + sku + " has no price"));
    }
}
