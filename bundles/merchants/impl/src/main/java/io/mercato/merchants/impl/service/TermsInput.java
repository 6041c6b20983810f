package io.mercato.merchants.impl.service;

import java.math.BigDecimal;
import java.time.LocalDate;

/** A new version of a merchant's cooperation terms: settlement cycle (WEEKLY or MONTHLY), deposit (CNY), validity. */
public record TermsInput(String settlementCycle, BigDecimal deposit, LocalDate validFrom, LocalDate validTo, String note) {
}
