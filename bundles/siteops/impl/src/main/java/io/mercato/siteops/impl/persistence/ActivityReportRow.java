package io.mercato.siteops.impl.persistence;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/** One day's progress of an activity: visitors, orders, sales. */
public record ActivityReportRow(LocalDate day, int visitors, int orders, BigDecimal sales, String note, String reportedBy, Instant reportedAt) {
}
