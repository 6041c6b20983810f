package io.mercato.crm.impl.persistence;

import java.math.BigDecimal;

/** A member's delivered, not returned, orders of the rolling twelve months. */
public record TwelveMonthsRow(BigDecimal spend, int orders) {
}
