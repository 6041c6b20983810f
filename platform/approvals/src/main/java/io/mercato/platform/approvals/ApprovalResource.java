package io.mercato.platform.approvals;

import io.mercato.platform.api.Actor;
import io.mercato.platform.api.Page;
import io.mercato.platform.api.PageRequest;
import io.mercato.platform.api.approval.Approval;
import io.mercato.platform.api.approval.ApprovalService;
import io.mercato.platform.api.approval.Decision;
import io.mercato.platform.api.approval.Submission;
import io.mercato.platform.api.org.PositionLevel;
import io.mercato.platform.api.security.RequiresCapability;
import java.util.List;
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

/** Submit, decide, and the inbox; any member of staff with a position takes part. */
@Component(service = ApprovalResource.class)
@Path("/")
@Produces(MediaType.APPLICATION_JSON)
public class ApprovalResource {
    private final ApprovalService approvals;
    private final ApprovalRules rules;

    @Activate
    public ApprovalResource(@Reference ApprovalService approvals, @Reference ApprovalRules rules) {
        this.approvals = approvals;
        this.rules = rules;
    }

    public record RuleInput(List<ApprovalRuleSet.Threshold> thresholds) {
    }

    /** Open to all staff: everyone may know who has to approve what they submit. */
    @GET
    @Path("rules")
    public List<ApprovalRuleSet> rules() {
        return rules.all();
    }

    @PUT
    @Path("rules/{documentType}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RequiresCapability(value = "org.manage", level = PositionLevel.GENERAL_MANAGER)
    public ApprovalRuleSet replaceRules(@PathParam("documentType") String documentType, RuleInput input,
                                        @Context SecurityContext security) {
        return rules.replace(documentType, input.thresholds(), actor(security));
    }

    public record DecisionInput(Decision decision, String comment) {
    }

    /** A department's own application has no endpoint at its bare root: the web server redirects that address. */
    @POST
    @Path("submissions")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response submit(Submission submission, @Context SecurityContext security) {
        return Response.status(Response.Status.CREATED).entity(approvals.submit(submission, actor(security))).build();
    }

    @GET
    @Path("inbox")
    public Page<Approval> inbox(@QueryParam("page") Integer page, @QueryParam("size") Integer size,
                                @QueryParam("after") String after, @Context SecurityContext security) {
        return approvals.inbox(security.getUserPrincipal().getName(),
                new PageRequest(page == null ? 0 : page, size == null ? 20 : size, after));
    }

    @GET
    @Path("{id: [0-9]+}")
    public Approval get(@PathParam("id") long id) {
        return approvals.get(id);
    }

    @POST
    @Path("{id: [0-9]+}/decision")
    @Consumes(MediaType.APPLICATION_JSON)
    public Approval decide(@PathParam("id") long id, DecisionInput input, @Context SecurityContext security) {
        return approvals.decide(id, input.decision(), input.comment(), actor(security));
    }

    private static Actor actor(SecurityContext security) {
        return new Actor(security.getUserPrincipal().getName());
    }
}
