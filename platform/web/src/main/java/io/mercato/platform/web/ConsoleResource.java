package io.mercato.platform.web;

import io.mercato.platform.api.console.ConsoleMenuEntry;
import java.util.List;
import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.core.MediaType;

/** {@code GET /api/console/departments}: what the console shell shows in its menu. */
@Path("console")
@Produces(MediaType.APPLICATION_JSON)
public final class ConsoleResource {
    private final ConsoleRegistry registry;

    public ConsoleResource(ConsoleRegistry registry) {
        this.registry = registry;
    }

    public record DepartmentView(String id, String titleEn, String titleZh, String moduleUrl, List<ConsoleMenuEntry> menu) {
    }

    @GET
    @Path("departments")
    public List<DepartmentView> departments() {
        return registry.installed().stream()
                .map(c -> new DepartmentView(c.id(), c.titleEn(), c.titleZh(), c.moduleUrl(), c.menu()))
                .toList();
    }
}
