package io.mercato.platform.api.persistence;

import java.time.Instant;

/** One recorded change: who, when, what, and the details (before/after or parameters) as JSON text. */
public record AuditEntry(long id, Instant at, String actor, String action, String entity, String entityId, String details) {
}
