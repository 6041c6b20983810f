package io.mercato.crm.impl.persistence;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

public record AuditRow(String ticket, String subject, String agent, LocalDate month, String sampledBy, Instant sampledAt, String scores,
                       BigDecimal score, String comment, String auditedBy, Instant auditedAt) {
}
