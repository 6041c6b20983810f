package io.mercato.merchants.impl.service;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A commission rule: {@code merchant} and {@code category} (either may be left out, not both), rate in percent
 * (0–100, two decimals), in force from {@code effectiveFrom}.
 */
public record RuleInput(String merchant, String category, BigDecimal ratePercent, LocalDate effectiveFrom, String note) {
}
