package io.mercato.delivery.impl.persistence;

import java.math.BigDecimal;

public record ScorecardRow(String courier, String name, BigDecimal cap, long shipments, long delivered, long onTime, long firstAttempt,
                           long tracked, long damaged, long lost, long complaints, BigDecimal penalties, long points) {
}
