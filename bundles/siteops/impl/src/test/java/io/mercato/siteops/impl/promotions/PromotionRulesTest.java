package io.mercato.siteops.impl.promotions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mercato.siteops.api.PriceQuote;
import io.mercato.siteops.impl.promotions.PromotionRules.Candidate;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class PromotionRulesTest {
    private static final BigDecimal BASE = new BigDecimal("100.00");

    private static Candidate promotion(long id, String kind, String value, String group, int priority) {
        return new Candidate(id, "PR-" + id, "p" + id, kind, new BigDecimal(value), "SPEND_REDUCTION".equals(kind) ? new BigDecimal("200") : null,
                "BUY_N".equals(kind) ? 2 : null, group, priority);
    }

    @Test
    void oneOfAStackGroupAppliesAndTheOthersAreShownPassedOver() {
        PriceQuote quote = PromotionRules.quote("S", BASE, List.of(promotion(1, "PERCENT_OFF", "10", "site", 1),
                promotion(2, "PERCENT_OFF", "20", "site", 5)), 1);
        assertEquals(new BigDecimal("80.00"), quote.price(), "the higher priority wins, not the deeper discount");
        assertEquals("PR-2", quote.applied().get(0).promotion());
        assertTrue(quote.passedOver().get(0).note().contains("PR-2"), quote.passedOver().toString());
    }

    @Test
    void groupsStackInPriorityOrderAndEqualPrioritiesGoByAge() {
        PriceQuote quote = PromotionRules.quote("S", BASE, List.of(promotion(3, "FIXED_PRICE", "85", "clearance", 2),
                promotion(4, "PERCENT_OFF", "10", "members", 2), promotion(5, "PERCENT_OFF", "5", "members", 2)), 1);
        assertEquals(new BigDecimal("76.50"), quote.price(), "85 fixed, then 10 % off");
        assertEquals(List.of("PR-3", "PR-4"), quote.applied().stream().map(PriceQuote.Applied::promotion).toList());
        assertEquals("PR-5", quote.passedOver().get(0).promotion());
    }

    @Test
    void nPiecePromotionsNeedTheirPiecesAndSpendReductionsGoToTheOrder() {
        List<Candidate> candidates = List.of(promotion(6, "BUY_N", "30", "n", 0), promotion(7, "SPEND_REDUCTION", "30", "order", 0));
        PriceQuote one = PromotionRules.quote("S", BASE, candidates, 1);
        assertEquals(BASE, one.price());
        assertEquals("PR-6", one.passedOver().get(0).promotion());
        assertEquals("PR-7", one.orderLevel().get(0).promotion());
        assertEquals(new BigDecimal("70.00"), PromotionRules.quote("S", BASE, candidates, 2).price());
        assertEquals(new BigDecimal("60"), PromotionRules.spendReduction(new BigDecimal("450"), candidates.get(1)), "30 off each full 200");
    }

    @Test
    void theDeepestDiscountCountsEveryPromotionThatCouldApply() {
        assertEquals(new BigDecimal("37.00"), PromotionRules.deepestDiscountPercent(BASE, List.of(promotion(8, "PERCENT_OFF", "10", "a", 1),
                promotion(9, "BUY_N", "30", "b", 0))));
        assertEquals(BigDecimal.ZERO, PromotionRules.deepestDiscountPercent(BASE, List.of()));
    }
}
