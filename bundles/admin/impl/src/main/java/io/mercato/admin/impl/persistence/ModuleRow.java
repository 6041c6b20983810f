package io.mercato.admin.impl.persistence;

import java.time.Instant;

public record ModuleRow(String code, String state, String version, Instant updatedAt, String updatedBy) {
}
