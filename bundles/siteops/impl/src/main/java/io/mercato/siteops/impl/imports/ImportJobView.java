package io.mercato.siteops.impl.imports;

import io.mercato.platform.api.FieldError;
import java.time.Instant;
import java.util.List;

/**
 * A product import as the console follows it: QUEUED (waiting or being checked and applied: {@code phase} says which
 * while it runs here) → SUCCEEDED with what it created, updated and added, or FAILED with the first rule breaks by row,
 * how many there were, and nothing applied, or CANCELLED (nothing applied); {@code cancelRequestedBy} who asked an import
 * being checked or applied to stop.
 */
public record ImportJobView(long id, String status, String phase, int rows, Integer created, Integer updated, Integer skusAdded,
                            int errorCount, List<FieldError> errors, String detail, String createdBy, Instant createdAt, Instant finishedAt,
                            String cancelRequestedBy) {
    public ImportJobView {
        errors = List.copyOf(errors);
    }
}
