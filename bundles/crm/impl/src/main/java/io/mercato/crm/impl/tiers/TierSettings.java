package io.mercato.crm.impl.tiers;

import io.mercato.platform.api.settings.SettingsDocument;
import io.mercato.platform.api.validation.Check;
import java.math.BigDecimal;
import java.util.List;

/**
 * The tiers' names, thresholds and earn rates, lowest tier first: a versioned settings document ({@code crm.tier_rules}).
 * The ladder itself (which codes, in which order) is {@code crm.tier}'s; {@link Tiers} keeps the two in step.
 */
public record TierSettings(List<Tier> tiers) implements SettingsDocument<TierSettings> {
    /** One tier's rules; {@code rank} may be sent back as read, but the ladder's order is fixed. */
    public record Tier(String code, Integer rank, String nameZh, String nameEn, BigDecimal minSpend, Integer minOrders,
                       BigDecimal pointsPerYuan) {
    }

    @Override
    public TierSettings complete() {
        return this; // every tier is given whole: there is no default for half a ladder
    }

    /** Names given, amounts well formed, the entry tier free, thresholds rising with the rank. */
    @Override
    public void validate() {
        Check check = Check.input().rule(tiers != null && !tiers.isEmpty(), "tiers", "must list every tier, lowest first");
        check.validate();
        for (int i = 0; i < tiers.size(); i++) {
            Tier tier = tiers.get(i);
            String at = "tiers[" + i + "].";
            check.rule(tier != null, "tiers[" + i + "]", "is required")
                    .text(at + "nameZh", tier == null ? null : tier.nameZh(), 40, true)
                    .text(at + "nameEn", tier == null ? null : tier.nameEn(), 40, true)
                    .required(at + "minSpend", tier == null ? null : tier.minSpend())
                    .required(at + "minOrders", tier == null ? null : tier.minOrders())
                    .required(at + "pointsPerYuan", tier == null ? null : tier.pointsPerYuan());
        }
        check.validate();
        for (int i = 0; i < tiers.size(); i++) {
            Tier tier = tiers.get(i);
            String at = "tiers[" + i + "].";
            check.money(at + "minSpend", tier.minSpend(), true)
                    .notNegative(at + "minOrders", tier.minOrders())
                    .decimal(at + "pointsPerYuan", tier.pointsPerYuan(), 2, BigDecimal.ZERO, BigDecimal.valueOf(100), true);
            if (i == 0) {
                check.rule(tier.minSpend().signum() == 0 && tier.minOrders() == 0, at + "minSpend", "of the entry tier must be 0 (every member holds it)");
            } else {
                Tier lower = tiers.get(i - 1);
                check.rule(tier.minSpend().compareTo(lower.minSpend()) >= 0 && tier.minOrders() >= lower.minOrders(), at + "minSpend",
                        "must not be below the tier beneath (spend and orders rise with the rank)");
            }
        }
        check.validate();
    }

    /** The same rules with names trimmed and ranks numbered from the ladder's order (what is missing stays missing for {@link #validate}). */
    TierSettings normalised() {
        return new TierSettings(java.util.stream.IntStream.range(0, tiers.size()).mapToObj(i -> {
            Tier tier = tiers.get(i);
            return tier == null ? null : new Tier(tier.code(), i, stripped(tier.nameZh()), stripped(tier.nameEn()), tier.minSpend(), tier.minOrders(),
                    tier.pointsPerYuan());
        }).toList());
    }

    private static String stripped(String name) {
        return name == null ? null : name.strip();
    }
}
