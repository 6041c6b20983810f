package io.mercato.merchants.impl.persistence;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

public record RuleRow(long id, String merchant, String category, BigDecimal ratePercent, LocalDate effectiveFrom, String note,
                      String createdBy, Instant createdAt) {
}
