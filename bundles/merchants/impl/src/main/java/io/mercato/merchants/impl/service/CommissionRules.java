package io.mercato.merchants.impl.service;

import io.mercato.merchants.api.CommissionRate;
import io.mercato.merchants.impl.persistence.RuleRow;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Which commission rule applies: the most specific level that has a rule in force on the date wins — the merchant's
 * rule for the category, then the category's rule for every merchant, then the merchant's default — and within a
 * level the newest (latest effective date, then the latest entered). Older versions stay; they just stop applying.
 */
final class CommissionRules {
    enum Level { MERCHANT_CATEGORY, CATEGORY, MERCHANT_DEFAULT }

    private CommissionRules() {
    }

    static Level levelOf(RuleRow rule) {
        if (rule.merchant() != null && rule.category() != null) {
            return Level.MERCHANT_CATEGORY;
        }
        return rule.merchant() == null ? Level.CATEGORY : Level.MERCHANT_DEFAULT;
    }

    /** {@code candidates}: the rules of the merchant and of the category in force on the date (see the mapper). */
    static Optional<CommissionRate> choose(List<RuleRow> candidates, String merchant, String category, java.time.LocalDate date) {
        return candidates.stream()
                .min(Comparator.comparing(CommissionRules::levelOf)
                        .thenComparing(RuleRow::effectiveFrom, Comparator.reverseOrder())
                        .thenComparing(RuleRow::id, Comparator.reverseOrder()))
                .map(rule -> new CommissionRate(rule.ratePercent(), levelOf(rule).name(), rule.id(), rule.effectiveFrom(),
                        explain(rule, merchant, category, date, candidates.size())));
    }

    private static String explain(RuleRow rule, String merchant, String category, java.time.LocalDate date, int considered) {
        String which = switch (levelOf(rule)) {
            case MERCHANT_CATEGORY -> "the rule for " + merchant + " in " + category;
            case CATEGORY -> "the rule for every merchant in " + category + " (" + merchant + " has none of its own for it)";
            case MERCHANT_DEFAULT -> "the default of " + merchant + " (no rule for " + category + ")";
        };
        return rule.ratePercent().stripTrailingZeros().toPlainString() + " % from " + which + ", rule " + rule.id()
                + " in force since " + rule.effectiveFrom() + "; " + considered + " rule(s) in force on " + date + " considered";
    }
}
