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
@io.mercato.platform.api.security.ExternalAccess
@Path("console")
@Produces(MediaType.APPLICATION_JSON)
public final class ConsoleResource {
    private final ConsoleRegistry registry;
    private final StaffAccess access;
    private final java.util.function.Supplier<java.util.Optional<io.mercato.platform.api.org.OrgDirectory>> organisation;

    ConsoleResource(ConsoleRegistry registry, StaffAccess access,
                    java.util.function.Supplier<java.util.Optional<io.mercato.platform.api.org.OrgDirectory>> organisation) {
        this.registry = registry;
        this.access = access;
        this.organisation = organisation;
    }

    /**
     * A department bundle's pages; {@code section} is the organisation's department that owns them (the owner of their
     * first entry's capability), so the menu shows a small company's combined department as one section and the
     * departments it split into as sections of their own. Null before the organisation is set up.
     */
    public record DepartmentView(String id, String titleEn, String titleZh, String moduleUrl, List<ConsoleMenuEntry> menu,
                                 io.mercato.platform.api.org.DepartmentInfo section) {
    }

    @GET
    @Path("departments")
    public List<DepartmentView> departments(@Context SecurityContext security) {
        StaffAccess.Caller caller = access.caller(security);
        return registry.installed().stream()
                .map(c -> {
                    List<ConsoleMenuEntry> menu = c.menu().stream()
                            .filter(entry -> entry.capability() == null || caller.may(entry.capability(), entry.level()))
                            .toList();
                    return new DepartmentView(c.id(), c.titleEn(), c.titleZh(), c.moduleUrl(), menu, section(menu));
                })
                .filter(department -> !department.menu().isEmpty())
                .toList();
    }

    private io.mercato.platform.api.org.DepartmentInfo section(List<ConsoleMenuEntry> menu) {
        return organisation.get().flatMap(org -> menu.stream().map(ConsoleMenuEntry::capability).filter(java.util.Objects::nonNull)
                .findFirst().flatMap(org::departmentOwning).flatMap(org::department)).orElse(null);
    }
}
