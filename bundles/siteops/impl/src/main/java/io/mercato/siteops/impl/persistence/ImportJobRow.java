package io.mercato.siteops.impl.persistence;

import io.mercato.platform.api.jobs.ImportJobs;
import java.time.Instant;

/** A product import as stored; {@code errors} is the JSON list of the first rule breaks by row. */
public record ImportJobRow(long id, String status, int rows, Integer created, Integer updated, Integer skusAdded, int errorCount, String errors,
                           String detail, String createdBy, Instant createdAt, Instant finishedAt,
                           String cancelRequestedBy) implements ImportJobs.Job {
}
