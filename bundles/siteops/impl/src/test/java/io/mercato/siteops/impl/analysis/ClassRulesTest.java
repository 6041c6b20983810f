package io.mercato.siteops.impl.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mercato.siteops.impl.analysis.ClassRules.Figures;
import io.mercato.siteops.impl.analysis.ClassRules.Outcome;
import io.mercato.siteops.impl.analysis.ClassRules.ProductClass;
import io.mercato.siteops.impl.analysis.ClassRules.Rules;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class ClassRulesTest {
    private static final Rules RULES = Rules.DEFAULTS; // 30 days; best ≥ 5/day; slow < 0.2/day and cover ≥ 90; potential +50 % from 10 units

    @Test
    void aProductSellingFiveADayIsABestSeller() {
        Outcome o = ClassRules.classify(new Figures(150, 140, 40), RULES);
        assertEquals(ProductClass.BEST_SELLER, o.productClass());
        assertEquals(new BigDecimal("5.000"), o.velocity());
        assertEquals(new BigDecimal("8.0"), o.coverDays());
        assertTrue(o.reasonEn().startsWith("150 sold in 30 days (5/day) ≥ 5/day"), o.reasonEn());
    }

    @Test
    void growingByHalfFromEnoughUnitsIsPotential() {
        assertEquals(ProductClass.POTENTIAL, ClassRules.classify(new Figures(30, 20, 100), RULES).productClass());
        assertEquals(ProductClass.UNCERTAIN, ClassRules.classify(new Figures(29, 20, 100), RULES).productClass(), "+45 %");
        assertEquals(ProductClass.UNCERTAIN, ClassRules.classify(new Figures(9, 0, 100), RULES).productClass(), "too few units to judge");
        assertEquals(ProductClass.POTENTIAL, ClassRules.classify(new Figures(12, 0, 100), RULES).productClass(), "new sales");
    }

    @Test
    void slowSalesWithStockLastingLongAreASlowMover() {
        Outcome o = ClassRules.classify(new Figures(3, 4, 200), RULES);
        assertEquals(ProductClass.SLOW_MOVER, o.productClass());
        assertEquals(new BigDecimal("2000.0"), o.coverDays());
        assertEquals(ProductClass.SLOW_MOVER, ClassRules.classify(new Figures(0, 0, 5), RULES).productClass(), "stock and no sales");
        assertEquals(ProductClass.UNCERTAIN, ClassRules.classify(new Figures(3, 4, 8), RULES).productClass(), "stock lasts only 80 days");
        assertEquals(ProductClass.UNCERTAIN, ClassRules.classify(new Figures(0, 0, 0), RULES).productClass(), "no sales, no stock");
    }

    @Test
    void aBestSellerRunningShortGetsAPurchaseProposalForTheTargetCover() {
        assertEquals(185, ClassRules.shortfall(new BigDecimal("5"), 40, RULES), "45 days × 5 − 40");
        assertEquals(0, ClassRules.shortfall(new BigDecimal("5"), 70, RULES), "14 days covered");
    }
}
