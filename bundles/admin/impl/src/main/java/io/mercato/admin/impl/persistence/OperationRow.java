package io.mercato.admin.impl.persistence;

import java.time.Instant;

public record OperationRow(long id, String code, String action, String outcome, String step, int progress, String message,
                           String actor, Instant startedAt, Instant finishedAt) {
}
