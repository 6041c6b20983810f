package io.mercato.warehouse.impl.persistence;

import io.mercato.platform.api.jobs.ImportJobs;
import java.time.Instant;

/** An opening-stock import job; {@code errors} is JSON text (the first errors by row). */
public record ImportJobRow(long id, String status, int rows, String warehouses, int attempts, int errorCount, String errors,
                           String detail, String createdBy, Instant createdAt, Instant startedAt, Instant loadingAt, Instant finishedAt,
                           String cancelRequestedBy) implements ImportJobs.Job {
}
