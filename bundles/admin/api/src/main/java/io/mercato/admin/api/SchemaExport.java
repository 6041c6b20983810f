package io.mercato.admin.api;

import java.time.Instant;

/** One export of a department's schema: a zip of one CSV per table, with the purge report hash of its data. */
public record SchemaExport(long id, String code, long operationId, String fileName, long bytes, String sha256, String reportHash,
                           int tables, long rowCount, String createdBy, Instant createdAt) {
}
