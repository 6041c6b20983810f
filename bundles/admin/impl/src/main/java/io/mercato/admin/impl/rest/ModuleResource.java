package io.mercato.admin.impl.rest;

import io.mercato.admin.api.Module;
import io.mercato.admin.api.ModuleAction;
import io.mercato.admin.api.ModuleOperation;
import io.mercato.admin.api.ModulePlan;
import io.mercato.admin.api.OperationOptions;
import io.mercato.admin.api.PurgeReport;
import io.mercato.admin.api.SchemaExport;
import io.mercato.admin.impl.purge.SchemaExports;
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
import javax.ws.rs.core.StreamingOutput;
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
    private final SchemaExports exports;

    @Activate
    public ModuleResource(@Reference ModuleService modules, @Reference SchemaExports exports) {
        this.modules = modules;
        this.exports = exports;
    }

    /**
     * @param healthTimeoutSeconds install/upgrade, optional: how long the department may take to become healthy
     *                             (default in etc/io.mercato.admin.cfg)
     * @param confirmCode          purge: the department's code, typed in
     * @param reportHash           purge: the hash of the purge report read
     * @param exportId             purge: the export of the data as that report describes it
     */
    public record OperationRequest(String action, Integer healthTimeoutSeconds, String confirmCode, String reportHash, Long exportId) {
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
        ModuleOperation operation = modules.start(code, action, new OperationOptions(request.healthTimeoutSeconds(), request.confirmCode(),
                request.reportHash(), request.exportId()), Requests.actor(security));
        return Response.accepted(operation).location(URI.create("/api/admin/operations/" + operation.id())).build();
    }

    @GET
    @Path("modules/{code}/purge-report")
    public PurgeReport purgeReport(@PathParam("code") String code) {
        return modules.purgeReport(code);
    }

    @GET
    @Path("modules/{code}/exports")
    public List<SchemaExport> exports(@PathParam("code") String code) {
        return modules.exports(code);
    }

    /** The export's zip: every row of the department, so only for those who may purge it. */
    @RequiresCapability(value = CAPABILITY, level = PositionLevel.SUPERVISOR)
    @GET
    @Path("exports/{id}")
    @Produces({"application/zip", MediaType.APPLICATION_JSON})
    public Response download(@PathParam("id") String id) {
        SchemaExport export = exports.find(number(id, "No export "));
        java.nio.file.Path file = exports.file(export);
        StreamingOutput body = out -> java.nio.file.Files.copy(file, out);
        return Response.ok(body, "application/zip").header("Content-Disposition", "attachment; filename=\"" + export.fileName() + "\"")
                .header("Content-Length", export.bytes()).header("X-Content-SHA256", export.sha256()).build();
    }

    @GET
    @Path("operations/{id}")
    public ModuleOperation operation(@PathParam("id") String id) {
        return modules.operation(number(id, "No module operation "));
    }

    private static long number(String id, String missing) {
        try {
            return Long.parseLong(id);
        } catch (NumberFormatException e) {
            throw new io.mercato.platform.api.NotFoundException(missing + id);
        }
    }

    private static ModuleAction action(String field, String value) {
        String normalised = value == null ? null : value.strip().toUpperCase(Locale.ROOT);
        boolean known = normalised != null && java.util.Arrays.stream(ModuleAction.values()).anyMatch(a -> a.name().equals(normalised));
        Check.input().rule(known, field, "must be one of install, upgrade, uninstall, export, purge").validate();
        return ModuleAction.valueOf(normalised);
    }
}
