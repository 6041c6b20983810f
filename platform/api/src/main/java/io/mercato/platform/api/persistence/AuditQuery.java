package io.mercato.platform.api.persistence;

import java.time.Instant;

/**
 * What to look for in the audit trail; every part is optional and the parts combine. {@code text} is what a search
 * box holds: a user name, an action ({@code warehouse.created}) or a record's id, matched exactly (the trail has tens of
 * millions of rows: an exact match is read from an index, a partial one would read them all). {@code from} is
 * inclusive, {@code to} exclusive.
 */
public record AuditQuery(String text, String actor, String action, String entity, String entityId, Instant from, Instant to) {
    /** Only the search box. */
    public static AuditQuery text(String text) {
        return new AuditQuery(text, null, null, null, null, null, null);
    }
}
