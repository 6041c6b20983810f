package io.mercato.siteops.impl.persistence;

import java.math.BigDecimal;

/** A promotion as the price rules need it. */
public record CandidateRow(long id, String number, String name, String kind, BigDecimal value, BigDecimal threshold, Integer minQuantity,
                           String stackGroup, int priority) {
}
