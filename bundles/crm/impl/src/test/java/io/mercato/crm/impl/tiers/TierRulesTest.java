package io.mercato.crm.impl.tiers;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.mercato.crm.impl.persistence.TierRow;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class TierRulesTest {
    private static final TierRow NORMAL = tier("NORMAL", 0, "0", 0);
    private static final TierRow SILVER = tier("SILVER", 1, "2000", 3);
    private static final TierRow GOLD = tier("GOLD", 2, "8000", 8);
    private static final List<TierRow> LADDER = List.of(NORMAL, SILVER, GOLD);
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 30);

    @Test
    void bothSpendAndOrdersMustReachATier() {
        assertEquals("NORMAL", TierRules.qualified(LADDER, new BigDecimal("5000"), 2).code());
        assertEquals("SILVER", TierRules.qualified(LADDER, new BigDecimal("2000.00"), 3).code());
        assertEquals("SILVER", TierRules.qualified(LADDER, new BigDecimal("9000"), 7).code());
        assertEquals("GOLD", TierRules.qualified(LADDER, new BigDecimal("8000"), 8).code());
    }

    @Test
    void anUpgradeHappensAtOnceWithAYearToTheNextReview() {
        TierRules.Decision decision = TierRules.decide(LADDER, NORMAL, TODAY.plusMonths(6), new BigDecimal("2500"), 3, TODAY);
        assertEquals(TierRules.Kind.UPGRADE, decision.kind());
        assertEquals("SILVER", decision.tier().code());
        assertEquals(TODAY.plusYears(1), decision.reviewOn());
    }

    @Test
    void aDowngradeWaitsForTheReviewDate() {
        TierRules.Decision before = TierRules.decide(LADDER, GOLD, TODAY.plusDays(1), new BigDecimal("100"), 1, TODAY);
        assertEquals(TierRules.Kind.KEPT, before.kind());
        assertEquals("GOLD", before.tier().code());
        TierRules.Decision on = TierRules.decide(LADDER, GOLD, TODAY, new BigDecimal("2100"), 4, TODAY);
        assertEquals(TierRules.Kind.DOWNGRADE, on.kind());
        assertEquals("SILVER", on.tier().code(), "down to what the twelve months earn, not to the bottom");
        assertEquals(TODAY.plusYears(1), on.reviewOn());
    }

    @Test
    void aTierStillEarnedOnItsReviewDateIsRenewed() {
        TierRules.Decision decision = TierRules.decide(LADDER, SILVER, TODAY.minusDays(3), new BigDecimal("3000"), 5, TODAY);
        assertEquals(TierRules.Kind.RENEWED, decision.kind());
        assertEquals(TODAY.plusYears(1), decision.reviewOn());
    }

    private static TierRow tier(String code, int rank, String minSpend, int minOrders) {
        return new TierRow(code, code, code, rank, new BigDecimal(minSpend), minOrders, BigDecimal.ONE);
    }
}
