package io.mercato.crm.impl.persistence;

import java.math.BigDecimal;
import java.time.Instant;

public record MemberOrderRow(String orderNumber, String channel, BigDecimal goodsAmount, BigDecimal total, Instant placedAt,
                             Instant deliveredAt, String status, long pointsEarned) {
}
