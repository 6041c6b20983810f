package io.mercato.platform.web;

import io.mercato.platform.api.Page;
import io.mercato.platform.api.PageRequest;
import io.mercato.platform.api.ValidationException;
import io.mercato.platform.api.org.PositionLevel;
import io.mercato.platform.api.persistence.AuditEntry;
import io.mercato.platform.api.persistence.AuditLog;
import io.mercato.platform.api.persistence.AuditQuery;
import io.mercato.platform.api.security.RequiresCapability;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.MediaType;

/**
 * {@code GET /api/audit}: who changed what and when, for managers of the organisation. {@code q} is a user name, an
 * action or a record id; {@code actor}, {@code action}, {@code entity}, {@code entityId} narrow exactly; {@code from}
 * and {@code to} are ISO-8601 times with their offset ({@code 2026-11-30T00:00:00+08:00}).
 */
@Path("audit")
@Produces(MediaType.APPLICATION_JSON)
@RequiresCapability(value = "org.manage", level = PositionLevel.SUPERVISOR)
public final class AuditResource {
    private final AuditLog audit;

    public AuditResource(AuditLog audit) {
        this.audit = audit;
    }

    @GET
    public Page<AuditEntry> search(@QueryParam("q") String q, @QueryParam("actor") String actor, @QueryParam("action") String action,
                                   @QueryParam("entity") String entity, @QueryParam("entityId") String entityId,
                                   @QueryParam("from") String from, @QueryParam("to") String to,
                                   @QueryParam("page") Integer page, @QueryParam("size") Integer size,
                                   @QueryParam("after") String after) {
        AuditQuery query = new AuditQuery(q, actor, action, entity, entityId, instant("from", from), instant("to", to));
        return audit.search(query, new PageRequest(page == null ? 0 : page, size == null ? 20 : size, after));
    }

    private static Instant instant(String field, String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return OffsetDateTime.parse(text.strip()).toInstant();
        } catch (DateTimeParseException e) {
            throw new ValidationException(field, "must be a time with its offset, e.g. 2026-11-30T00:00:00+08:00");
        }
    }
}
