package io.mercato.siteops.impl.rest;

import io.mercato.platform.api.Page;
import io.mercato.platform.api.security.RequiresCapability;
import io.mercato.platform.api.web.Requests;
import io.mercato.siteops.impl.catalog.MerchantGoods;
import io.mercato.siteops.impl.catalog.Products;
import io.mercato.siteops.impl.persistence.SubmissionRow;
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

/**
 * {@code /api/siteops/merchant-submissions}: products merchants submitted through merchant onboarding
 * ({@code ?status=PENDING|ACCEPTED|DECLINED}, {@code ?merchant=}); the catalog team takes one in as a draft
 * ({@code accept}: category and SKU code) or declines it with a reason.
 */
@Component(service = MerchantGoodsResource.class)
@RequiresCapability(Products.CAPABILITY)
@Path("/merchant-submissions")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class MerchantGoodsResource {
    private final MerchantGoods goods;

    @Activate
    public MerchantGoodsResource(@Reference MerchantGoods goods) {
        this.goods = goods;
    }

    @GET
    public Page<SubmissionRow> list(@QueryParam("status") String status, @QueryParam("merchant") String merchant,
                                    @QueryParam("page") Integer page, @QueryParam("size") Integer size) {
        return goods.list(status, merchant, Requests.page(page, size, null));
    }

    @POST
    @Path("{id: [0-9]{1,18}}/accept")
    public SubmissionRow accept(@PathParam("id") long id, MerchantGoods.AcceptInput input, @Context SecurityContext security) {
        return goods.accept(id, input, Requests.actor(security));
    }

    @POST
    @Path("{id: [0-9]{1,18}}/decline")
    public SubmissionRow decline(@PathParam("id") long id, MerchantGoods.DeclineInput input, @Context SecurityContext security) {
        return goods.decline(id, input, Requests.actor(security));
    }
}
