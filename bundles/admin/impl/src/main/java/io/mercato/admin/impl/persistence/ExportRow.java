package io.mercato.admin.impl.persistence;

import java.time.Instant;

public record ExportRow(long id, String code, long operationId, String fileName, long bytes, String sha256, String reportHash, int tables,
                        long rowCount, String createdBy, Instant createdAt) {
}
