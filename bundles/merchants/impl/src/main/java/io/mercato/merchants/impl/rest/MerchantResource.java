package io.mercato.merchants.impl.rest;

import io.mercato.platform.api.web.Requests;
import io.mercato.merchants.impl.persistence.ProductRow;
import io.mercato.merchants.impl.persistence.TermsRow;
import io.mercato.merchants.impl.service.Merchant;
import io.mercato.merchants.impl.service.MerchantApplication;
import io.mercato.merchants.impl.service.MerchantService;
import io.mercato.merchants.impl.service.ProductInput;
import io.mercato.merchants.impl.service.Terms;
import io.mercato.merchants.impl.service.TermsInput;
import io.mercato.platform.api.Page;
import io.mercato.platform.api.org.PositionLevel;
import io.mercato.platform.api.security.RequiresCapability;
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
 * {@code /api/merchants/merchants}: applications and merchants; the status changes only through the commands
 * ({@code review}, {@code suspend}, {@code reinstate}, {@code terminate}); terms are versioned; products are submitted.
 */
@Component(service = MerchantResource.class)
@RequiresCapability(MerchantService.CAPABILITY)
@Path("merchants")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class MerchantResource {
    private static final String CODE = "{code: M-[0-9]+}";
    private final MerchantService merchants;
    private final Terms terms;

    @Activate
    public MerchantResource(@Reference MerchantService merchants, @Reference Terms terms) {
        this.merchants = merchants;
        this.terms = terms;
    }

    @GET
    public Page<Merchant> list(@QueryParam("q") String q, @QueryParam("status") String status, @QueryParam("page") Integer page,
                               @QueryParam("size") Integer size, @QueryParam("after") String after) {
        return merchants.search(q, status, Requests.page(page, size, after));
    }

    @POST
    public Response apply(MerchantApplication application, @Context SecurityContext security) {
        return Response.status(Response.Status.CREATED).entity(merchants.apply(application, Requests.actor(security))).build();
    }

    @GET
    @Path(CODE)
    public Merchant get(@PathParam("code") String code) {
        return merchants.get(code);
    }

    @POST
    @Path(CODE + "/review")
    public Merchant review(@PathParam("code") String code, @Context SecurityContext security) {
        return merchants.review(code, Requests.actor(security));
    }

    @RequiresCapability(value = MerchantService.CAPABILITY, level = PositionLevel.SUPERVISOR)
    @POST
    @Path(CODE + "/suspend")
    public Merchant suspend(@PathParam("code") String code, Requests.Reason reason, @Context SecurityContext security) {
        return merchants.suspend(code, Requests.Reason.of(reason), Requests.actor(security));
    }

    @RequiresCapability(value = MerchantService.CAPABILITY, level = PositionLevel.SUPERVISOR)
    @POST
    @Path(CODE + "/reinstate")
    public Merchant reinstate(@PathParam("code") String code, @Context SecurityContext security) {
        return merchants.reinstate(code, Requests.actor(security));
    }

    @RequiresCapability(value = MerchantService.CAPABILITY, level = PositionLevel.SUPERVISOR)
    @POST
    @Path(CODE + "/terminate")
    public Merchant terminate(@PathParam("code") String code, Requests.Reason reason, @Context SecurityContext security) {
        return merchants.terminate(code, Requests.Reason.of(reason), Requests.actor(security));
    }

    @GET
    @Path(CODE + "/terms")
    public List<TermsRow> terms(@PathParam("code") String code) {
        return terms.terms(code);
    }

    @POST
    @Path(CODE + "/terms")
    public Response addTerms(@PathParam("code") String code, TermsInput input, @Context SecurityContext security) {
        return Response.status(Response.Status.CREATED).entity(terms.addTerms(code, input, Requests.actor(security))).build();
    }

    @GET
    @Path(CODE + "/products")
    public Page<ProductRow> products(@PathParam("code") String code, @QueryParam("page") Integer page, @QueryParam("size") Integer size) {
        return terms.products(code, Requests.page(page, size, null));
    }

    @POST
    @Path(CODE + "/products")
    public Response submitProduct(@PathParam("code") String code, ProductInput input, @Context SecurityContext security) {
        return Response.status(Response.Status.CREATED).entity(terms.submitProduct(code, input, Requests.actor(security))).build();
    }
}
