package io.mercato.crm.impl.persistence;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

public record TierChangeRow(long id, String fromTier, String toTier, BigDecimal spend12m, int orders12m, String reason, LocalDate reviewOn,
                            String changedBy, Instant changedAt) {
}
