package io.mercato.siteops.impl.pricing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mercato.siteops.impl.pricing.PriceRules.Basis;
import io.mercato.siteops.impl.pricing.PriceRules.CompetitorPrice;
import io.mercato.siteops.impl.pricing.PriceRules.Method;
import io.mercato.siteops.impl.pricing.PriceRules.Plan;
import io.mercato.siteops.impl.pricing.PriceRules.Rounding;
import io.mercato.siteops.impl.pricing.PriceRules.Suggestion;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import org.junit.jupiter.api.Test;

class PriceRulesTest {
    private static final BigDecimal COST = new BigDecimal("50.0000");

    private static Basis basis(String floorPercent, String discount, CompetitorPrice... competitors) {
        return new Basis(COST, "PO-1", new BigDecimal(floorPercent), List.of(competitors), new BigDecimal(discount));
    }

    private static Plan plan(Method method, String figure, Rounding rounding) {
        return new Plan(method, new BigDecimal(figure), rounding);
    }

    @Test
    void theFloorIsMeasuredOnCostNotOnThePrice() {
        // 25 % on cost: 62.50 (a floor measured on the price would be 66.67).
        Suggestion s = PriceRules.suggest(basis("25", "0"), plan(Method.COST_PLUS, "40", Rounding.CENTS));
        assertEquals(new BigDecimal("62.50"), s.floorPrice());
        assertEquals(new BigDecimal("70.00"), s.price());
        assertEquals(new BigDecimal("40.00"), s.marginPercent());
        assertFalse(s.belowFloor());
    }

    @Test
    void costPlusIsCappedAtTheLowestCompetitorToStayCompetitive() {
        Suggestion s = PriceRules.suggest(basis("25", "0", new CompetitorPrice("京东", new BigDecimal("68.00")),
                new CompetitorPrice("天猫", new BigDecimal("72.00"))), plan(Method.COST_PLUS, "40", Rounding.CENTS));
        assertEquals(new BigDecimal("68.00"), s.price());
        assertEquals("京东", s.lowestCompetitor().competitor());
        assertTrue(s.explanation().stream().anyMatch(step -> step.en().startsWith("Capped at 京东")), s.explanation().toString());
    }

    @Test
    void aCompetitorBelowTheFloorFlagsTheSkuAndTheSuggestionStaysAtTheFloor() {
        Suggestion s = PriceRules.suggest(basis("25", "0", new CompetitorPrice("拼多多", new BigDecimal("55.00"))),
                plan(Method.COMPETITOR, "-5", Rounding.CENTS));
        assertTrue(s.uncompetitive());
        assertEquals(new BigDecimal("62.50"), s.price(), "52.25 raised to the floor");
        assertFalse(s.belowFloor());
    }

    @Test
    void charmRoundingNeverTakesASuggestionBelowTheFloor() {
        assertEquals(new BigDecimal("69.90"), PriceRules.round(new BigDecimal("70.20"), Rounding.CHARM, RoundingMode.HALF_UP));
        assertEquals(new BigDecimal("70.90"), PriceRules.round(new BigDecimal("70.60"), Rounding.CHARM, RoundingMode.HALF_UP));
        assertEquals(new BigDecimal("62.90"), PriceRules.round(new BigDecimal("62.50"), Rounding.CHARM, RoundingMode.CEILING));
        assertEquals(new BigDecimal("69.90"), PriceRules.round(new BigDecimal("69.90"), Rounding.CHARM, RoundingMode.CEILING));
        // Cost-plus 23.2 % is 61.60, the nearest .90 is 61.90 < 62.50: the suggestion goes up to 62.90.
        Suggestion s = PriceRules.suggest(basis("25", "0"), plan(Method.COST_PLUS, "23.2", Rounding.CHARM));
        assertEquals(new BigDecimal("62.90"), s.price());
    }

    @Test
    void theFloorHoldsAfterTheDeepestPromotion() {
        // 70.00 with 20 % off sells at 56.00 < 62.50: the suggestion rises to 78.13 (62.50 / 0.8, up).
        Suggestion s = PriceRules.suggest(basis("25", "20"), plan(Method.COST_PLUS, "40", Rounding.CENTS));
        assertEquals(new BigDecimal("78.13"), s.price());
        assertFalse(s.belowFloor());
    }

    @Test
    void aFixedPriceBelowTheFloorIsALossLeader() {
        Suggestion s = PriceRules.suggest(basis("25", "0"), plan(Method.FIXED, "59.00", Rounding.CENTS));
        assertEquals(new BigDecimal("59.00"), s.price(), "a fixed price is not raised");
        assertTrue(s.belowFloor());
        assertTrue(s.explanation().get(s.explanation().size() - 1).zh().contains("主管审批"));
    }
}
