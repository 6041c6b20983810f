package io.mercato.merchants.api;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A commission rate in percent (0–100) and the rule it comes from: {@code level} is {@code MERCHANT_CATEGORY},
 * {@code CATEGORY} or {@code MERCHANT_DEFAULT}, in force since {@code effectiveFrom}.
 */
public record CommissionRate(BigDecimal ratePercent, String level, long ruleId, LocalDate effectiveFrom, String explanation) {
}
