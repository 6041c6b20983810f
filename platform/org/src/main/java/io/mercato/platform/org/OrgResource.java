package io.mercato.platform.org;

import io.mercato.platform.api.Actor;
import io.mercato.platform.api.NotFoundException;
import io.mercato.platform.api.Page;
import io.mercato.platform.api.PageRequest;
import io.mercato.platform.api.org.PositionLevel;
import io.mercato.platform.api.org.StaffPlacement;
import io.mercato.platform.api.security.RequiresCapability;
import io.mercato.platform.api.validation.Check;
import java.util.List;
import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.PUT;
import javax.ws.rs.QueryParam;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.SecurityContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

@Component(service = OrgResource.class)
@Path("/")
@Produces(MediaType.APPLICATION_JSON)
public class OrgResource {
    private final OrgService org;
    private final DeclaredCapabilities declared;

    @Activate
    public OrgResource(@Reference OrgService org, @Reference DeclaredCapabilities declared) {
        this.org = org;
        this.declared = declared;
    }

    /** Capabilities checked by the installed bundles, with the bundles that check them. */
    @GET
    @Path("capabilities")
    public java.util.Map<String, List<String>> capabilities() {
        return declared.all();
    }

    @POST
    @Path("departments")
    @Consumes(MediaType.APPLICATION_JSON)
    @RequiresCapability(value = "org.manage", level = PositionLevel.SUPERVISOR)
    public Response createDepartment(DepartmentChange change, @Context SecurityContext security) {
        return Response.status(Response.Status.CREATED).entity(org.createDepartment(change, actor(security))).build();
    }

    @PUT
    @Path("departments/{code}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RequiresCapability(value = "org.manage", level = PositionLevel.SUPERVISOR)
    public OrgChart updateDepartment(@PathParam("code") String code, DepartmentChange change, @Context SecurityContext security) {
        return org.updateDepartment(code, change, actor(security));
    }

    public record TemplateChoice(String template) {
    }

    public record TemplateView(String id, String nameEn, String nameZh, String descriptionEn, String descriptionZh,
                               int departments, int plannedHeadcount) {
    }

    @GET
    @Path("templates")
    public List<TemplateView> templates() {
        return org.templates().stream().map(t -> new TemplateView(t.id(), t.nameEn(), t.nameZh(), t.descriptionEn(),
                t.descriptionZh(), t.departments().size(),
                t.positions().stream().mapToInt(OrgTemplate.Position::headcount).sum())).toList();
    }

    @POST
    @Path("template")
    @RequiresCapability(value = "org.manage", level = PositionLevel.GENERAL_MANAGER)
    @Consumes(MediaType.APPLICATION_JSON)
    public Response apply(TemplateChoice choice, @Context SecurityContext security) {
        Check.input().required("template", choice.template()).validate();
        return Response.status(Response.Status.CREATED)
                .entity(org.applyTemplate(choice.template(), actor(security))).build();
    }

    @POST
    @Path("staff")
    @Consumes(MediaType.APPLICATION_JSON)
    @RequiresCapability(value = "org.manage", level = PositionLevel.SUPERVISOR)
    public Response hire(OrgService.NewStaff staff, @Context SecurityContext security) {
        return Response.status(Response.Status.CREATED)
                .entity(org.hire(staff, actor(security))).build();
    }

    @GET
    @Path("staff")
    @RequiresCapability(value = "org.manage", level = PositionLevel.SPECIALIST)
    public Page<StaffMember> staff(@QueryParam("q") String query, @QueryParam("department") String department,
                                   @QueryParam("page") Integer page, @QueryParam("size") Integer size) {
        return org.staff(query, department, new PageRequest(page == null ? 0 : page, size == null ? 20 : size));
    }

    @GET
    @Path("staff/{username}")
    @RequiresCapability(value = "org.manage", level = PositionLevel.SPECIALIST)
    public StaffMember staffMember(@PathParam("username") String username) {
        return org.staffMember(username);
    }

    public record NewPosition(String position) {
    }

    @PUT
    @Path("staff/{username}/position")
    @Consumes(MediaType.APPLICATION_JSON)
    @RequiresCapability(value = "org.manage", level = PositionLevel.SUPERVISOR)
    public StaffMember move(@PathParam("username") String username, NewPosition target, @Context SecurityContext security) {
        return org.moveStaff(username, target.position(), actor(security));
    }

    @POST
    @Path("staff/{username}/unlock")
    @RequiresCapability(value = "org.manage", level = PositionLevel.SUPERVISOR)
    public StaffMember unlock(@PathParam("username") String username, @Context SecurityContext security) {
        return org.unlock(username, actor(security));
    }

    @POST
    @Path("positions")
    @Consumes(MediaType.APPLICATION_JSON)
    @RequiresCapability(value = "org.manage", level = PositionLevel.SUPERVISOR)
    public Response createPosition(PositionChange change, @Context SecurityContext security) {
        return Response.status(Response.Status.CREATED).entity(org.createPosition(change, actor(security))).build();
    }

    @PUT
    @Path("positions/{code}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RequiresCapability(value = "org.manage", level = PositionLevel.SUPERVISOR)
    public OrgChart.Seat updatePosition(@PathParam("code") String code, PositionChange change, @Context SecurityContext security) {
        return org.updatePosition(code, change, actor(security));
    }

    public record MergeTarget(String into) {
    }

    @POST
    @Path("departments/{code}/split")
    @Consumes(MediaType.APPLICATION_JSON)
    @RequiresCapability(value = "org.manage", level = PositionLevel.GENERAL_MANAGER)
    public OrgChart split(@PathParam("code") String code, SplitRequest split, @Context SecurityContext security) {
        return org.split(code, split, actor(security));
    }

    @POST
    @Path("departments/{code}/merge")
    @Consumes(MediaType.APPLICATION_JSON)
    @RequiresCapability(value = "org.manage", level = PositionLevel.GENERAL_MANAGER)
    public OrgChart merge(@PathParam("code") String code, MergeTarget target, @Context SecurityContext security) {
        Check.input().required("into", target.into()).validate();
        return org.merge(code, target.into(), actor(security));
    }

    @GET
    @Path("me")
    public StaffPlacement me(@Context SecurityContext security) {
        return org.placementOf(security.getUserPrincipal().getName())
                .orElseThrow(() -> new NotFoundException("You have no position in the organisation yet"));
    }

    @GET
    @Path("chart")
    public OrgChart chart() {
        return org.chart();
    }

    private static Actor actor(SecurityContext security) {
        return new Actor(security.getUserPrincipal().getName());
    }
}
