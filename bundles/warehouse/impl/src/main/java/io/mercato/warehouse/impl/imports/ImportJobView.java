package io.mercato.warehouse.impl.imports;

import io.mercato.platform.api.FieldError;
import java.time.Instant;
import java.util.List;

/**
 * An import as the console and scripts follow it: QUEUED → VALIDATING → LOADING → SUCCEEDED, or FAILED with the first
 * errors by row and how many there were, or CANCELLED (nothing applied); {@code processed} counts rows loaded so far (all
 * of them once it succeeded). {@code startedAt} is when checking began, {@code loadingStartedAt} when loading did;
 * {@code cancelRequestedBy} who asked a running import to stop.
 */
public record ImportJobView(long id, String status, int rows, long processed, List<String> warehouses, int errorCount,
                            List<FieldError> errors, String detail, String createdBy, Instant createdAt, Instant startedAt,
                            Instant loadingStartedAt, Instant finishedAt, String cancelRequestedBy) {
    public ImportJobView {
        warehouses = List.copyOf(warehouses);
        errors = List.copyOf(errors);
    }

    /** Whether the job is over, either way. */
    public boolean finished() {
        return "SUCCEEDED".equals(status) || "FAILED".equals(status) || "CANCELLED".equals(status);
    }
}
