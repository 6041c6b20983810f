package io.mercato.siteops.impl.rest;

import io.mercato.platform.api.Page;
import io.mercato.platform.api.ValidationException;
import io.mercato.platform.api.org.PositionLevel;
import io.mercato.platform.api.security.RequiresCapability;
import io.mercato.platform.api.settings.SettingsVersion;
import io.mercato.platform.api.web.Requests;
import io.mercato.siteops.impl.analysis.ClassRules.Rules;
import io.mercato.siteops.impl.analysis.Classification;
import io.mercato.siteops.impl.analysis.PurchaseProposals;
import io.mercato.siteops.impl.analysis.SalesAnalysis;
import io.mercato.siteops.impl.persistence.ActionRow;
import io.mercato.siteops.impl.persistence.ClassificationRunRow;
import io.mercato.siteops.impl.persistence.ClassifiedRow;
import io.mercato.siteops.impl.pricing.Pricing;
import io.mercato.siteops.impl.support.ShopTime;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
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
 * {@code /api/siteops/analysis}: product classes (best-seller, slow-mover, potential, uncertain) with figures and reasons,
 * classification runs (class counts over time; {@code POST runs} classifies now), the velocity/stock-cover scatter,
 * suggested actions and their follow-up, and the rules (supervisors change them).
 */
@Component(service = AnalysisResource.class)
@RequiresCapability(Pricing.CAPABILITY)
@Path("/analysis")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class AnalysisResource {
    private final SalesAnalysis analysis;
    private final Classification classification;
    private final PurchaseProposals proposals;

    /** {@code asOf}: the day to classify up to (default today; not in the future). */
    public record RunInput(LocalDate asOf) {
    }

    /** A note on an action's follow-up (required to dismiss it). */
    public record FollowUp(String note) {
    }

    @Activate
    public AnalysisResource(@Reference SalesAnalysis analysis, @Reference Classification classification, @Reference PurchaseProposals proposals) {
        this.analysis = analysis;
        this.classification = classification;
        this.proposals = proposals;
    }

    @GET
    @Path("classes")
    public Page<ClassifiedRow> classes(@QueryParam("class") String productClass, @QueryParam("q") String q, @QueryParam("page") Integer page,
                                       @QueryParam("size") Integer size) {
        return analysis.classes(productClass, q, Requests.page(page, size, null));
    }

    @GET
    @Path("classes/{product: P-[0-9]+}")
    public ClassifiedRow classOf(@PathParam("product") String product) {
        return analysis.classOf(product);
    }

    @GET
    @Path("runs")
    public List<ClassificationRunRow> runs() {
        return analysis.runs(90);
    }

    /** Classifies every product now; then hands open purchase proposals to procurement if it is installed. */
    @POST
    @Path("runs")
    public Response run(RunInput input, @Context SecurityContext security) {
        LocalDate today = ShopTime.today();
        LocalDate asOf = input == null || input.asOf() == null ? today : input.asOf();
        if (asOf.isAfter(today)) {
            throw new ValidationException("asOf", "is in the future");
        }
        if (asOf.isBefore(today.minusYears(2))) {
            throw new ValidationException("asOf", "is more than two years ago");
        }
        Classification.Run run = classification.run(asOf, Requests.actor(security));
        int proposed = proposals.proposeOpen(Requests.actor(security));
        return Response.status(Response.Status.CREATED).entity(Map.of("run", run, "proposedToProcurement", proposed,
                "procurementInstalled", proposals.procurementInstalled())).build();
    }

    @GET
    @Path("scatter")
    public List<ClassifiedRow> scatter() {
        return analysis.scatter();
    }

    @GET
    @Path("actions")
    public Page<ActionRow> actions(@QueryParam("status") String status, @QueryParam("kind") String kind, @QueryParam("page") Integer page,
                                   @QueryParam("size") Integer size) {
        return analysis.actions(status, kind, Requests.page(page, size, null));
    }

    @POST
    @Path("actions/{id: [0-9]{1,18}}/done")
    public ActionRow done(@PathParam("id") long id, FollowUp input, @Context SecurityContext security) {
        return analysis.follow(id, "DONE", input == null ? null : input.note(), Requests.actor(security));
    }

    @POST
    @Path("actions/{id: [0-9]{1,18}}/dismiss")
    public ActionRow dismiss(@PathParam("id") long id, FollowUp input, @Context SecurityContext security) {
        return analysis.follow(id, "DISMISSED", input == null ? null : input.note(), Requests.actor(security));
    }

    @GET
    @Path("rules")
    public Rules rules() {
        return analysis.rules();
    }

    @RequiresCapability(value = Pricing.CAPABILITY, level = PositionLevel.SUPERVISOR)
    @PUT
    @Path("rules")
    public Rules updateRules(Rules rules, @QueryParam("note") String note, @Context SecurityContext security) {
        return analysis.updateRules(rules, note, Requests.actor(security));
    }

    @GET
    @Path("rules/versions")
    public List<SettingsVersion<Rules>> ruleVersions() {
        return analysis.ruleVersions();
    }
}
