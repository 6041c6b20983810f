package io.mercato.delivery.impl.rest;

import io.mercato.delivery.impl.risk.RiskAssessment;
import io.mercato.delivery.impl.service.ContactEdit;
import io.mercato.delivery.impl.service.OrderDetail;
import io.mercato.delivery.impl.service.OrderInput;
import io.mercato.delivery.impl.service.OrderIntake;
import io.mercato.delivery.impl.service.OrderQueries;
import io.mercato.delivery.impl.service.OrderReview;
import io.mercato.delivery.impl.service.OrderSummary;
import io.mercato.platform.api.Page;
import io.mercato.platform.api.ValidationException;
import io.mercato.platform.api.security.RequiresCapability;
import io.mercato.platform.api.web.Requests;
import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.HeaderParam;
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
 * {@code /api/delivery/orders}: intake (an {@code Idempotency-Key} is required: a retried intake returns the same order),
 * a dry-run score, the searchable list, one order, and the reviewer's commands.
 */
@Component(service = OrderResource.class)
@RequiresCapability(OrderIntake.CAPABILITY)
@Path("orders")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class OrderResource {
    private static final String NUMBER = "{number: SO-[0-9]+}";
    private final OrderIntake intake;
    private final OrderQueries queries;
    private final OrderReview review;

    @Activate
    public OrderResource(@Reference OrderIntake intake, @Reference OrderQueries queries, @Reference OrderReview review) {
        this.intake = intake;
        this.queries = queries;
        this.review = review;
    }

    @GET
    public Page<OrderSummary> list(@QueryParam("q") String q, @QueryParam("status") String status, @QueryParam("from") String from,
                                   @QueryParam("to") String to, @QueryParam("page") Integer page, @QueryParam("size") Integer size,
                                   @QueryParam("after") String after) {
        return queries.search(q, status, from, to, Requests.page(page, size, after));
    }

    @POST
    public Response take(OrderInput order, @HeaderParam("Idempotency-Key") String key, @Context SecurityContext security) {
        if (key == null || key.isBlank()) {
            throw new ValidationException("Idempotency-Key", "is required when taking in an order, so that a retry cannot create it twice");
        }
        return Response.status(Response.Status.CREATED).entity(intake.take(order, Requests.actor(security))).build();
    }

    /** Scores an order as intake would, storing nothing. */
    @POST
    @Path("score")
    public RiskAssessment score(OrderInput order) {
        return intake.score(order);
    }

    @GET
    @Path(NUMBER)
    public OrderDetail get(@PathParam("number") String number) {
        return queries.get(number);
    }

    @RequiresCapability(OrderReview.CAPABILITY)
    @POST
    @Path(NUMBER + "/confirm")
    public OrderDetail confirm(@PathParam("number") String number, @Context SecurityContext security) {
        return review.confirm(number, Requests.actor(security));
    }

    @RequiresCapability(OrderReview.CAPABILITY)
    @POST
    @Path(NUMBER + "/cancel")
    public OrderDetail cancel(@PathParam("number") String number, Requests.Reason reason, @Context SecurityContext security) {
        return review.cancel(number, Requests.Reason.of(reason), Requests.actor(security));
    }

    @RequiresCapability(OrderReview.CAPABILITY)
    @POST
    @Path(NUMBER + "/contact")
    public OrderDetail editContact(@PathParam("number") String number, ContactEdit edit, @Context SecurityContext security) {
        return review.editContact(number, edit, Requests.actor(security));
    }

    @RequiresCapability(OrderReview.CAPABILITY)
    @POST
    @Path(NUMBER + "/blacklist")
    public OrderDetail blacklist(@PathParam("number") String number, OrderReview.BlacklistRequest request, @Context SecurityContext security) {
        return review.blacklist(number, request, Requests.actor(security));
    }
}
