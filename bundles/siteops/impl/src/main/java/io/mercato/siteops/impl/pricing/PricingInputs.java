package io.mercato.siteops.impl.pricing;

import java.math.BigDecimal;
import java.time.LocalDate;

/** What pricing staff send. */
public final class PricingInputs {
    private PricingInputs() {
    }

    /** The entered purchase cost (used while procurement has no approved order of the SKU) and the traditional-channel price. */
    public record BasisInput(BigDecimal cost, BigDecimal traditionalPrice) {
    }

    /** A competitor's price seen on a day ({@code observedOn}, default today), with where it was seen. */
    public record CompetitorInput(String competitor, BigDecimal price, LocalDate observedOn, String source) {
    }

    /**
     * A new price: by method COST_PLUS ({@code markupPercent}), COMPETITOR ({@code competitorPercent}, e.g. -3 for 3 % under
     * the lowest), or FIXED ({@code price}); {@code rounding} CENTS (default) or CHARM (ending in .90); the reason is kept.
     */
    public record PriceInput(String method, BigDecimal markupPercent, BigDecimal competitorPercent, BigDecimal price, String rounding,
                             String reason) {
    }
}
