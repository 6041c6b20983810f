package io.mercato.delivery.impl.rest;

import io.mercato.delivery.impl.service.OrderQueries;
import io.mercato.delivery.impl.service.OrderReview;
import io.mercato.delivery.impl.service.OrderSummary;
import io.mercato.platform.api.Page;
import io.mercato.platform.api.security.RequiresCapability;
import io.mercato.platform.api.web.Requests;
import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.MediaType;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** {@code /api/delivery/review-queue}: orders waiting for a reviewer, highest risk first. */
@Component(service = ReviewResource.class)
@RequiresCapability(OrderReview.CAPABILITY)
@Path("review-queue")
@Produces(MediaType.APPLICATION_JSON)
public class ReviewResource {
    private final OrderQueries queries;

    @Activate
    public ReviewResource(@Reference OrderQueries queries) {
        this.queries = queries;
    }

    @GET
    public Page<OrderSummary> queue(@QueryParam("page") Integer page, @QueryParam("size") Integer size, @QueryParam("after") String after) {
        return queries.reviewQueue(Requests.page(page, size, after));
    }
}
