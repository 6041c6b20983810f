package io.mercato.siteops.impl.persistence;

import java.math.BigDecimal;

/** Units, revenue and cost of goods of a promotion's SKUs in a window (cost where pricing knows it). */
public record EffectRow(long units, BigDecimal revenue, BigDecimal cost) {
}
