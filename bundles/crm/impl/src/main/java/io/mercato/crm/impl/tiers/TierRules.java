package io.mercato.crm.impl.tiers;

import io.mercato.crm.impl.persistence.TierRow;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

/**
 * Which tier a member's rolling twelve months earn, and what happens to the tier held: an upgrade at once, a downgrade only
 * on the review date, and a new review date a year on whenever the tier is confirmed or changed.
 */
public final class TierRules {
    /** What a review decides: the tier to hold, until when, and whether it changed. */
    public record Decision(TierRow tier, LocalDate reviewOn, Kind kind) {
    }

    public enum Kind { UPGRADE, DOWNGRADE, RENEWED, KEPT }

    private TierRules() {
    }

    /** The highest tier whose spend and order thresholds the figures reach (the entry tier needs none). */
    public static TierRow qualified(List<TierRow> tiers, BigDecimal spend, int orders) {
        return tiers.stream().filter(tier -> spend.compareTo(tier.minSpend()) >= 0 && orders >= tier.minOrders())
                .max(Comparator.comparingInt(TierRow::rank))
                .orElseGet(() -> tiers.stream().min(Comparator.comparingInt(TierRow::rank)).orElseThrow());
    }

    public static Decision decide(List<TierRow> tiers, TierRow held, LocalDate reviewOn, BigDecimal spend, int orders, LocalDate today) {
        TierRow earned = qualified(tiers, spend, orders);
        LocalDate nextReview = today.plusYears(1);
        if (earned.rank() > held.rank()) {
            return new Decision(earned, nextReview, Kind.UPGRADE);
        }
        if (today.isBefore(reviewOn)) {
            return new Decision(held, reviewOn, Kind.KEPT);
        }
        return earned.rank() < held.rank() ? new Decision(earned, nextReview, Kind.DOWNGRADE) : new Decision(held, nextReview, Kind.RENEWED);
    }
}
