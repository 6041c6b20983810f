package io.mercato.merchants.impl.persistence;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

public record SettlementRow(long id, String number, String merchant, LocalDate until, int lines, BigDecimal sales, BigDecimal commission,
                            BigDecimal payable, String createdBy, Instant createdAt) {
}
