package io.mercato.platform.web;

import io.mercato.platform.api.console.ConsoleMenuEntry;
import java.util.List;
import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.SecurityContext;

/**
 * {@code GET /api/console/departments}: what the console shell shows in its menu, without the entries the
 * caller lacks the capability for (the API behind them would answer 403 anyway).
 */
@Path("console")
@Produces(MediaType.APPLICATION_JSON)
public final class ConsoleResource {
    private final ConsoleRegistry registry;
    private final StaffAccess access;

    ConsoleResource(ConsoleRegistry registry, StaffAccess access) {
        this.registry = registry;
        this.access = access;
    }

    public record DepartmentView(String id, String titleEn, String titleZh, String moduleUrl, List<ConsoleMenuEntry> menu) {
    }

    @GET
    @Path("departments")
    public List<DepartmentView> departments(@Context SecurityContext security) {
        StaffAccess.Caller caller = access.caller(security);
        return registry.installed().stream()
                .map(c -> new DepartmentView(c.id(), c.titleEn(), c.titleZh(), c.moduleUrl(), c.menu().stream()
                        .filter(entry -> entry.capability() == null || caller.may(entry.capability(), entry.level()))
                        .toList()))
                .filter(department -> !department.menu().isEmpty())
                .toList();
    }
}
