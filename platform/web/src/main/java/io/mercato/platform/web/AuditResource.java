package io.mercato.platform.web;

import io.mercato.platform.api.Page;
import io.mercato.platform.api.PageRequest;
import io.mercato.platform.api.org.PositionLevel;
import io.mercato.platform.api.persistence.AuditEntry;
import io.mercato.platform.api.persistence.AuditLog;
import io.mercato.platform.api.security.RequiresCapability;
import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.MediaType;

/** {@code GET /api/audit}: who changed what and when, for managers of the organisation. */
@Path("audit")
@Produces(MediaType.APPLICATION_JSON)
@RequiresCapability(value = "org.manage", level = PositionLevel.SUPERVISOR)
public final class AuditResource {
    private final AuditLog audit;

    public AuditResource(AuditLog audit) {
        this.audit = audit;
    }

    @GET
    public Page<AuditEntry> search(@QueryParam("q") String q, @QueryParam("page") Integer page, @QueryParam("size") Integer size) {
        return audit.search(q, new PageRequest(page == null ? 0 : page, size == null ? 20 : size));
    }
}
