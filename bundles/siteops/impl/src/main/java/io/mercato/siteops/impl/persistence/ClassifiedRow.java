package io.mercato.siteops.impl.persistence;

import java.math.BigDecimal;

/** A product's class with the figures and the reason behind it. */
public record ClassifiedRow(String productCode, String title, String productClass, String reasonEn, String reasonZh, int recentUnits,
                            int previousUnits, BigDecimal velocity, BigDecimal trendPercent, Integer stock, BigDecimal coverDays,
                            BigDecimal revenue, BigDecimal marginPercent) {
}
