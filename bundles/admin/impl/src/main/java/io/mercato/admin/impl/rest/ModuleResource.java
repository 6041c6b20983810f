package io.mercato.admin.impl.rest;

import io.mercato.admin.api.Module;
import io.mercato.admin.api.ModuleAction;
import io.mercato.admin.api.ModuleOperation;
import io.mercato.admin.api.ModulePlan;
import io.mercato.admin.impl.service.ModuleService;
import io.mercato.platform.api.org.PositionLevel;
import io.mercato.platform.api.security.RequiresCapability;
import io.mercato.platform.api.validation.Check;
import io.mercato.platform.api.web.Requests;
import java.net.URI;
import java.util.List;
import java.util.Locale;
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
 * {@code /api/admin/modules}: the departments, the plan of an operation, and the operations themselves (started here,
 * run in the background, followed at {@code /api/admin/operations/{id}}). Only admins and the tech department's
 * supervisors may change anything.
 */
@Component(service = ModuleResource.class)
@RequiresCapability(ModuleResource.CAPABILITY)
@Path("/")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ModuleResource {
    public static final String CAPABILITY = "admin.system";
    private final ModuleService modules;

    @Activate
    public ModuleResource(@Reference ModuleService modules) {
        this.modules = modules;
    }

    /** @param healthTimeoutSeconds optional: how long the department may take to become healthy (default in etc/io.mercato.admin.cfg) */
    public record OperationRequest(String action, Integer healthTimeoutSeconds) {
    }

    @GET
    @Path("modules")
    public List<Module> list() {
        return modules.list();
    }

    @GET
    @Path("modules/{code}")
    public Module get(@PathParam("code") String code) {
        return modules.get(code);
    }

    @GET
    @Path("modules/{code}/plan")
    public ModulePlan plan(@PathParam("code") String code, @QueryParam("action") String action) {
        return modules.plan(code, action("action", action));
    }

    @GET
    @Path("modules/{code}/operations")
    public List<ModuleOperation> history(@PathParam("code") String code) {
        return modules.history(code);
    }

    @RequiresCapability(value = CAPABILITY, level = PositionLevel.SUPERVISOR)
    @POST
    @Path("modules/{code}/operations")
    public Response start(@PathParam("code") String code, OperationRequest request, @Context SecurityContext security) {
        ModuleAction action = action("action", request == null ? null : request.action());
        ModuleOperation operation = modules.start(code, action, request.healthTimeoutSeconds(), Requests.actor(security));
        return Response.accepted(operation).location(URI.create("/api/admin/operations/" + operation.id())).build();
    }

    @GET
    @Path("operations/{id}")
    public ModuleOperation operation(@PathParam("id") String id) {
        long number;
        try {
            number = Long.parseLong(id);
        } catch (NumberFormatException e) {
            throw new io.mercato.platform.api.NotFoundException("No module operation " + id);
        }
        return modules.operation(number);
    }

    private static ModuleAction action(String field, String value) {
        String normalised = value == null ? null : value.strip().toUpperCase(Locale.ROOT);
        boolean known = normalised != null && java.util.Arrays.stream(ModuleAction.values()).anyMatch(a -> a.name().equals(normalised));
        Check.input().rule(known, field, "must be one of install, upgrade, uninstall").validate();
        return ModuleAction.valueOf(normalised);
    }
}
