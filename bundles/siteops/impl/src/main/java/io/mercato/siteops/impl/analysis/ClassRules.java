package io.mercato.siteops.impl.analysis;

import io.mercato.platform.api.settings.SettingsDocument;
import io.mercato.platform.api.validation.Check;
import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Classifies a product from its sales (§2 site operations): best-sellers (畅销品) sell at least the best-seller velocity;
 * potential products (潜力产品) grow by the trend threshold from enough units; slow-movers (滞销品) sell under the slow
 * velocity while their stock would last longer than the slow cover; the rest are uncertain (不确定产品). Checked in that
 * order; each class comes with its reason in both console languages.
 */
public final class ClassRules {
    public enum ProductClass { BEST_SELLER, SLOW_MOVER, POTENTIAL, UNCERTAIN }

    /** Windows and thresholds: a versioned settings document (see {@link ClassificationSettings}); what a version leaves out takes the default. */
    public record Rules(Integer recentDays, BigDecimal bestSellerPerDay, BigDecimal slowMoverPerDay, Integer slowCoverDays,
                        Integer potentialTrendPercent, Integer potentialMinUnits, Integer shortCoverDays, Integer targetCoverDays)
            implements SettingsDocument<Rules> {
        public static final Rules DEFAULTS = new Rules(30, new BigDecimal("5"), new BigDecimal("0.2"), 90, 50, 10, 14, 45);

        @Override
        public Rules complete() {
            return new Rules(or(recentDays, DEFAULTS.recentDays), or(bestSellerPerDay, DEFAULTS.bestSellerPerDay),
                    or(slowMoverPerDay, DEFAULTS.slowMoverPerDay), or(slowCoverDays, DEFAULTS.slowCoverDays),
                    or(potentialTrendPercent, DEFAULTS.potentialTrendPercent), or(potentialMinUnits, DEFAULTS.potentialMinUnits),
                    or(shortCoverDays, DEFAULTS.shortCoverDays), or(targetCoverDays, DEFAULTS.targetCoverDays));
        }

        @Override
        public void validate() {
            Rules all = complete();
            Check.input()
                    .rule(all.recentDays >= 7 && all.recentDays <= 365, "recentDays", "must be 7 to 365")
                    .rule(velocity(all.bestSellerPerDay), "bestSellerPerDay", "must be more than 0 with at most 3 decimals")
                    .rule(velocity(all.slowMoverPerDay), "slowMoverPerDay", "must be more than 0 with at most 3 decimals")
                    .rule(all.slowMoverPerDay.compareTo(all.bestSellerPerDay) < 0, "slowMoverPerDay", "must be below bestSellerPerDay")
                    .rule(all.slowCoverDays >= 1 && all.slowCoverDays <= 3650, "slowCoverDays", "must be 1 to 3650")
                    .rule(all.potentialTrendPercent >= 1 && all.potentialTrendPercent <= 10_000, "potentialTrendPercent", "must be 1 to 10000")
                    .rule(all.potentialMinUnits >= 1, "potentialMinUnits", "must be 1 or more")
                    .rule(all.shortCoverDays >= 1 && all.shortCoverDays <= 365, "shortCoverDays", "must be 1 to 365")
                    .rule(all.targetCoverDays > all.shortCoverDays && all.targetCoverDays <= 365, "targetCoverDays",
                            "must be above shortCoverDays and at most 365")
                    .validate();
        }

        private static boolean velocity(BigDecimal value) {
            return value.signum() > 0 && value.stripTrailingZeros().scale() <= 3 && value.compareTo(BigDecimal.valueOf(100_000)) <= 0;
        }

        private static <V> V or(V value, V fallback) {
            return value == null ? fallback : value;
        }
    }

    /** A product's figures: units in the recent and the previous window, units available (null: unknown). */
    public record Figures(int recentUnits, int previousUnits, Integer stock) {
    }

    public record Outcome(ProductClass productClass, BigDecimal velocity, BigDecimal trendPercent, BigDecimal coverDays, String reasonEn,
                          String reasonZh) {
    }

    private ClassRules() {
    }

    public static Outcome classify(Figures f, Rules rules) {
        BigDecimal days = BigDecimal.valueOf(rules.recentDays());
        BigDecimal velocity = BigDecimal.valueOf(f.recentUnits()).divide(days, 3, RoundingMode.HALF_UP);
        BigDecimal trend = f.previousUnits() == 0 ? null
                : BigDecimal.valueOf((long) f.recentUnits() - f.previousUnits()).multiply(BigDecimal.valueOf(100))
                        .divide(BigDecimal.valueOf(f.previousUnits()), 1, RoundingMode.HALF_UP);
        BigDecimal cover = f.stock() == null || velocity.signum() == 0 ? null : BigDecimal.valueOf(f.stock()).divide(velocity, 1, RoundingMode.HALF_UP);
        String sold = f.recentUnits() + " sold in " + rules.recentDays() + " days (" + velocity.stripTrailingZeros().toPlainString() + "/day)";
        String soldZh = rules.recentDays() + " 天售出 " + f.recentUnits() + " 件（日均 " + velocity.stripTrailingZeros().toPlainString() + "）";
        if (velocity.compareTo(rules.bestSellerPerDay()) >= 0) {
            return new Outcome(ProductClass.BEST_SELLER, velocity, trend, cover, sold + " ≥ " + plain(rules.bestSellerPerDay()) + "/day",
                    soldZh + " ≥ 日均 " + plain(rules.bestSellerPerDay()));
        }
        boolean growing = f.recentUnits() >= rules.potentialMinUnits()
                && (trend == null ? f.recentUnits() > 0 : trend.compareTo(BigDecimal.valueOf(rules.potentialTrendPercent())) >= 0);
        if (growing) {
            String change = trend == null ? "new sales (none in the previous " + rules.recentDays() + " days)"
                    : "up " + plain(trend) + " % (" + f.recentUnits() + " vs " + f.previousUnits() + ")";
            String changeZh = trend == null ? "新增销售（前 " + rules.recentDays() + " 天无销售）"
                    : "增长 " + plain(trend) + "%（" + f.recentUnits() + " 对 " + f.previousUnits() + "）";
            return new Outcome(ProductClass.POTENTIAL, velocity, trend, cover, sold + ", " + change, soldZh + "，" + changeZh);
        }
        boolean stocked = f.stock() != null && f.stock() > 0;
        if (stocked && velocity.compareTo(rules.slowMoverPerDay()) < 0 && (cover == null || cover.compareTo(BigDecimal.valueOf(rules.slowCoverDays())) >= 0)) {
            String lasts = cover == null ? "nothing sold" : "stock lasts " + plain(cover) + " days ≥ " + rules.slowCoverDays();
            String lastsZh = cover == null ? "无销售" : "库存可售 " + plain(cover) + " 天 ≥ " + rules.slowCoverDays();
            return new Outcome(ProductClass.SLOW_MOVER, velocity, trend, cover, sold + " < " + plain(rules.slowMoverPerDay()) + "/day with "
                    + f.stock() + " in stock; " + lasts, soldZh + " < 日均 " + plain(rules.slowMoverPerDay()) + "，库存 " + f.stock() + "；" + lastsZh);
        }
        String why = f.recentUnits() == 0 && !stocked ? "no sales and no stock" : "between the thresholds";
        String whyZh = f.recentUnits() == 0 && !stocked ? "无销售且无库存" : "介于各阈值之间";
        return new Outcome(ProductClass.UNCERTAIN, velocity, trend, cover, sold + ", " + why + (trend == null ? "" : ", trend " + plain(trend) + " %"),
                soldZh + "，" + whyZh + (trend == null ? "" : "，趋势 " + plain(trend) + "%"));
    }

    /** Units to propose for purchase so a best-seller's stock covers the target days; 0 when its cover is not short. */
    public static int shortfall(BigDecimal velocity, int stock, Rules rules) {
        BigDecimal cover = velocity.signum() == 0 ? null : BigDecimal.valueOf(stock).divide(velocity, 1, RoundingMode.HALF_UP);
        if (cover == null || cover.compareTo(BigDecimal.valueOf(rules.shortCoverDays())) >= 0) {
            return 0;
        }
        return velocity.multiply(BigDecimal.valueOf(rules.targetCoverDays())).setScale(0, RoundingMode.CEILING).intValueExact() - stock;
    }

    private static String plain(BigDecimal value) {
        return value.stripTrailingZeros().toPlainString();
    }
}
