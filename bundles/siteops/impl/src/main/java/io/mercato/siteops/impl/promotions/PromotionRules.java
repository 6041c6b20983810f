package io.mercato.siteops.impl.promotions;

import io.mercato.platform.api.Money;
import io.mercato.siteops.api.PriceQuote;
import io.mercato.siteops.api.PriceQuote.Applied;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * How promotions that match a SKU combine, deterministically: spend-threshold reductions (满减) go to the order; an N-piece
 * promotion needs its N; of the rest, the highest priority (then the oldest) of each stack group applies and the others
 * are passed over with the winner named; the winners apply one after the other, highest priority first, rounded to the cent.
 */
public final class PromotionRules {
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    /** A promotion as the rules need it. */
    public record Candidate(long id, String number, String name, String kind, BigDecimal value, BigDecimal threshold, Integer minQuantity,
                            String stackGroup, int priority) {
    }

    private PromotionRules() {
    }

    public static PriceQuote quote(String sku, BigDecimal basePrice, List<Candidate> candidates, int quantity) {
        List<Candidate> ordered = new ArrayList<>(candidates);
        ordered.sort(Comparator.comparingInt(Candidate::priority).reversed().thenComparingLong(Candidate::id));
        List<Applied> applied = new ArrayList<>();
        List<Applied> passedOver = new ArrayList<>();
        List<Applied> orderLevel = new ArrayList<>();
        Map<String, Candidate> winners = new HashMap<>();
        BigDecimal price = basePrice;
        for (Candidate c : ordered) {
            if ("SPEND_REDUCTION".equals(c.kind())) {
                orderLevel.add(new Applied(c.number(), c.name(), c.kind(), c.stackGroup(), c.priority(), null,
                        c.value().toPlainString() + " off every " + c.threshold().toPlainString() + " of the order"));
                continue;
            }
            if ("BUY_N".equals(c.kind()) && quantity < c.minQuantity()) {
                passedOver.add(new Applied(c.number(), c.name(), c.kind(), c.stackGroup(), c.priority(), null,
                        "needs " + c.minQuantity() + " pieces, " + quantity + " bought"));
                continue;
            }
            Candidate winner = winners.get(c.stackGroup());
            if (winner != null) {
                passedOver.add(new Applied(c.number(), c.name(), c.kind(), c.stackGroup(), c.priority(), null,
                        "stack group " + c.stackGroup() + " already has " + winner.number() + " (priority " + winner.priority() + ")"));
                continue;
            }
            winners.put(c.stackGroup(), c);
            price = apply(price, c);
            applied.add(new Applied(c.number(), c.name(), c.kind(), c.stackGroup(), c.priority(), price, describe(c)));
        }
        return new PriceQuote(sku, basePrice, price, applied, passedOver, orderLevel);
    }

    /** The largest share of the base price the promotions could take off a unit together, in % (for the margin floor). */
    public static BigDecimal deepestDiscountPercent(BigDecimal basePrice, List<Candidate> candidates) {
        if (basePrice == null || basePrice.signum() <= 0 || candidates.isEmpty()) {
            return BigDecimal.ZERO;
        }
        PriceQuote worst = quote("", basePrice, candidates, Integer.MAX_VALUE);
        return basePrice.subtract(worst.price()).multiply(HUNDRED).divide(basePrice, 2, RoundingMode.HALF_UP);
    }

    /** The reduction a spend-threshold promotion gives an order total: the value for every full threshold. */
    public static BigDecimal spendReduction(BigDecimal orderTotal, Candidate c) {
        BigDecimal times = orderTotal.divide(c.threshold(), 0, RoundingMode.DOWN);
        return c.value().multiply(times);
    }

    private static BigDecimal apply(BigDecimal price, Candidate c) {
        BigDecimal after = switch (c.kind()) {
            case "PERCENT_OFF", "BUY_N" -> price.multiply(HUNDRED.subtract(c.value())).divide(HUNDRED, 2, RoundingMode.HALF_UP);
            case "FIXED_PRICE" -> price.min(c.value());
            default -> throw new IllegalArgumentException(c.kind());
        };
        return Money.round(after.max(Money.CENT));
    }

    private static String describe(Candidate c) {
        return switch (c.kind()) {
            case "PERCENT_OFF" -> c.value().stripTrailingZeros().toPlainString() + " % off";
            case "BUY_N" -> c.value().stripTrailingZeros().toPlainString() + " % off from " + c.minQuantity() + " pieces";
            default -> "fixed price " + c.value().toPlainString();
        };
    }
}
