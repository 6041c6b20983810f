package io.mercato.siteops.impl.pricing;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * How a price is reached from the cost, the category's margin floor and competitors' prices, step by step with an
 * explanation of each. The floor is measured on cost (cost × (1 + floor %)); the price is checked against it after
 * rounding and after the deepest promotion that may apply, so no discount takes the sale below the floor unnoticed.
 */
public final class PriceRules {
    public enum Method { COST_PLUS, COMPETITOR, FIXED }

    public enum Rounding { CENTS, CHARM }

    /** What the price is reached from. {@code deepestDiscountPercent}: the largest promotion discount that may apply (0: none). */
    public record Basis(BigDecimal cost, String costSource, BigDecimal floorPercent, List<CompetitorPrice> competitors,
                        BigDecimal deepestDiscountPercent) {
    }

    public record CompetitorPrice(String competitor, BigDecimal price) {
    }

    /** How to price: the method and its figure (markup %, ± % against the lowest competitor, or the price itself). */
    public record Plan(Method method, BigDecimal figure, Rounding rounding) {
    }

    /** One step of the explanation, in both console languages. */
    public record Step(String en, String zh) {
    }

    public record Suggestion(BigDecimal price, BigDecimal floorPrice, BigDecimal marginPercent, CompetitorPrice lowestCompetitor,
                             boolean uncompetitive, boolean belowFloor, List<Step> explanation) {
    }

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private PriceRules() {
    }

    public static Suggestion suggest(Basis basis, Plan plan) {
        List<Step> why = new ArrayList<>();
        BigDecimal cost = basis.cost();
        BigDecimal floor = cents(cost.multiply(BigDecimal.ONE.add(percent(basis.floorPercent()))), RoundingMode.CEILING);
        why.add(new Step("Cost " + plain(cost) + " (" + basis.costSource() + "); margin floor " + plain(basis.floorPercent()) + " % on cost: at least "
                + plain(floor), "成本 " + plain(cost) + "（" + basis.costSource() + "）；类目最低毛利率 " + plain(basis.floorPercent()) + "%（按成本）：不低于 "
                + plain(floor)));
        CompetitorPrice lowest = basis.competitors().stream().min(Comparator.comparing(CompetitorPrice::price)).orElse(null);
        boolean uncompetitive = lowest != null && lowest.price().compareTo(floor) < 0;
        if (uncompetitive) {
            why.add(new Step(lowest.competitor() + " sells at " + plain(lowest.price()) + ", below the floor: this SKU is uncompetitive",
                    lowest.competitor() + " 售价 " + plain(lowest.price()) + "，低于底价：该 SKU 不具竞争力"));
        }
        BigDecimal price = switch (plan.method()) {
            case COST_PLUS -> {
                BigDecimal raw = cost.multiply(BigDecimal.ONE.add(percent(plan.figure())));
                why.add(new Step("Cost plus " + plain(plan.figure()) + " %: " + plain(cents(raw, RoundingMode.HALF_UP)),
                        "成本加成 " + plain(plan.figure()) + "%：" + plain(cents(raw, RoundingMode.HALF_UP))));
                yield raw;
            }
            case COMPETITOR -> {
                BigDecimal raw = lowest.price().multiply(BigDecimal.ONE.add(percent(plan.figure())));
                why.add(new Step("Lowest competitor " + lowest.competitor() + " " + plain(lowest.price()) + " " + signed(plan.figure()) + " %: "
                        + plain(cents(raw, RoundingMode.HALF_UP)), "最低竞品价 " + lowest.competitor() + " " + plain(lowest.price()) + " "
                        + signed(plan.figure()) + "%：" + plain(cents(raw, RoundingMode.HALF_UP))));
                yield raw;
            }
            case FIXED -> {
                why.add(new Step("Fixed price " + plain(plan.figure()), "固定价格 " + plain(plan.figure())));
                yield plan.figure();
            }
        };
        if (plan.method() == Method.COST_PLUS && lowest != null && !uncompetitive && price.compareTo(lowest.price()) > 0) {
            price = lowest.price();
            why.add(new Step("Capped at " + lowest.competitor() + "'s " + plain(price) + " to stay competitive",
                    "为保持竞争力，限价为 " + lowest.competitor() + " 的 " + plain(price)));
        }
        price = round(price, plan.rounding(), RoundingMode.HALF_UP);
        if (plan.rounding() == Rounding.CHARM) {
            why.add(new Step("Rounded to a price ending in .90: " + plain(price), "尾数取 .90：" + plain(price)));
        }
        boolean suggested = plan.method() != Method.FIXED;
        if (suggested && price.compareTo(floor) < 0) {
            price = round(floor, plan.rounding(), RoundingMode.CEILING);
            why.add(new Step("Raised to the floor: " + plain(price), "提高到底价：" + plain(price)));
        }
        BigDecimal discount = basis.deepestDiscountPercent() == null ? BigDecimal.ZERO : basis.deepestDiscountPercent();
        if (discount.signum() > 0) {
            BigDecimal promoted = cents(price.multiply(BigDecimal.ONE.subtract(percent(discount))), RoundingMode.HALF_UP);
            why.add(new Step("With the deepest promotion (" + plain(discount) + " % off): " + plain(promoted),
                    "叠加最大促销折扣（" + plain(discount) + "%）后：" + plain(promoted)));
            if (suggested && promoted.compareTo(floor) < 0) {
                price = round(floor.divide(BigDecimal.ONE.subtract(percent(discount)), 2, RoundingMode.CEILING), plan.rounding(), RoundingMode.CEILING);
                why.add(new Step("Raised so the promotion stays above the floor: " + plain(price), "提高售价使促销后仍不低于底价：" + plain(price)));
            }
        } else {
            why.add(new Step("No promotion applies", "无适用促销"));
        }
        BigDecimal lowestSale = cents(price.multiply(BigDecimal.ONE.subtract(percent(discount))), RoundingMode.HALF_UP);
        boolean belowFloor = lowestSale.compareTo(floor) < 0;
        if (belowFloor) {
            why.add(new Step("Below the floor " + plain(floor) + ": a loss-leader, which needs a supervisor's approval",
                    "低于底价 " + plain(floor) + "：为引流商品，需主管审批"));
        }
        BigDecimal margin = cost.signum() == 0 ? null : price.subtract(cost).multiply(HUNDRED).divide(cost, 2, RoundingMode.HALF_UP);
        return new Suggestion(price, floor, margin, lowest, uncompetitive, belowFloor, List.copyOf(why));
    }

    /** To cents; a charm price ends in .90: the nearest such price, or the first at or above it when rounding up. */
    static BigDecimal round(BigDecimal price, Rounding rounding, RoundingMode mode) {
        if (rounding != Rounding.CHARM) {
            return cents(price, mode);
        }
        BigDecimal nines = new BigDecimal("0.90");
        BigDecimal atOrBelow = price.subtract(nines).setScale(0, RoundingMode.FLOOR).add(nines);
        if (atOrBelow.compareTo(price) == 0) {
            return atOrBelow;
        }
        BigDecimal above = atOrBelow.add(BigDecimal.ONE);
        if (mode == RoundingMode.CEILING || atOrBelow.signum() <= 0) {
            return above;
        }
        return price.subtract(atOrBelow).compareTo(above.subtract(price)) < 0 ? atOrBelow : above;
    }

    private static BigDecimal cents(BigDecimal value, RoundingMode mode) {
        return value.setScale(2, mode);
    }

    private static BigDecimal percent(BigDecimal value) {
        return value.divide(HUNDRED);
    }

    private static String plain(BigDecimal value) {
        return value.stripTrailingZeros().scale() < 0 ? value.setScale(0).toPlainString() : value.stripTrailingZeros().toPlainString();
    }

    private static String signed(BigDecimal value) {
        return (value.signum() >= 0 ? "+" : "") + plain(value);
    }
}
