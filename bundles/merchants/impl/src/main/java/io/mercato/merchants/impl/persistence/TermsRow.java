package io.mercato.merchants.impl.persistence;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

public record TermsRow(int version, String settlementCycle, BigDecimal deposit, LocalDate validFrom, LocalDate validTo, String note,
                       String createdBy, Instant createdAt) {
}
