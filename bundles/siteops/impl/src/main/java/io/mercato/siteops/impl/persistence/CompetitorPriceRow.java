package io.mercato.siteops.impl.persistence;

import java.math.BigDecimal;
import java.time.LocalDate;

/** A competitor's price for a SKU as observed on a day, and where. */
public record CompetitorPriceRow(String competitor, BigDecimal price, LocalDate observedOn, String source, String recordedBy) {
}
