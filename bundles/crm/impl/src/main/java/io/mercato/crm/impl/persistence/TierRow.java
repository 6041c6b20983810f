package io.mercato.crm.impl.persistence;

import java.math.BigDecimal;

public record TierRow(String code, String nameZh, String nameEn, int rank, BigDecimal minSpend, int minOrders, BigDecimal pointsPerYuan) {
}
