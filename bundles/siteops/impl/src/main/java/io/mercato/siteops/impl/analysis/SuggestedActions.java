package io.mercato.siteops.impl.analysis;

import io.mercato.siteops.impl.analysis.ClassRules.ProductClass;
import io.mercato.siteops.impl.analysis.ClassRules.Rules;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * What each class suggests (§2 site operations): clear a slow-mover's stock with a promotion, restock a best-seller that
 * runs short (a purchase-list proposal per SKU, for the target cover), push a potential product, investigate an uncertain one.
 */
final class SuggestedActions {
    static final String CLEARANCE = "CLEARANCE_PROMOTION";
    static final String PURCHASE = "PURCHASE_PROPOSAL";
    static final String PUSH = "PUSH";
    static final String INVESTIGATE = "INVESTIGATE";
    /** The one kind of action each class suggests. */
    static final Map<ProductClass, String> KIND_OF_CLASS = new EnumMap<>(Map.of(ProductClass.SLOW_MOVER, CLEARANCE,
            ProductClass.POTENTIAL, PUSH, ProductClass.UNCERTAIN, INVESTIGATE, ProductClass.BEST_SELLER, PURCHASE));

    /** One suggested action; {@code sku} and {@code quantity} only for a purchase proposal. */
    record Suggestion(long productId, String kind, String detail, String sku, Integer quantity) {
    }

    private SuggestedActions() {
    }

    static List<Suggestion> of(List<Classification.ProductOutcome> outcomes, Rules rules) {
        List<Suggestion> suggestions = new ArrayList<>();
        for (Classification.ProductOutcome o : outcomes) {
            switch (o.outcome().productClass()) {
                case SLOW_MOVER -> suggestions.add(new Suggestion(o.productId(), KIND_OF_CLASS.get(ProductClass.SLOW_MOVER), "清仓促销 · Clear the stock with a promotion: "
                        + o.outcome().reasonEn(), null, null));
                case POTENTIAL -> suggestions.add(new Suggestion(o.productId(), KIND_OF_CLASS.get(ProductClass.POTENTIAL), "重点推广 · Push it (featured, paid search): "
                        + o.outcome().reasonEn(), null, null));
                case UNCERTAIN -> suggestions.add(new Suggestion(o.productId(), KIND_OF_CLASS.get(ProductClass.UNCERTAIN), "调查原因 · Investigate: " + o.outcome().reasonEn(),
                        null, null));
                case BEST_SELLER -> {
                    for (Classification.SkuNeed sku : o.skus()) {
                        int quantity = ClassRules.shortfall(sku.velocity(), sku.stock(), rules);
                        if (quantity > 0) {
                            suggestions.add(new Suggestion(o.productId(), KIND_OF_CLASS.get(ProductClass.BEST_SELLER), "补货 · Restock " + sku.sku() + ": " + sku.stock()
                                    + " in stock at " + sku.velocity().stripTrailingZeros().toPlainString() + "/day, " + quantity + " for "
                                    + rules.targetCoverDays() + " days", sku.sku(), quantity));
                        }
                    }
                }
                default -> throw new IllegalStateException();
            }
        }
        return suggestions;
    }
}
