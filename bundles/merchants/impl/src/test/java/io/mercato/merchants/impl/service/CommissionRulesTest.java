package io.mercato.merchants.impl.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mercato.merchants.api.CommissionRate;
import io.mercato.merchants.impl.persistence.RuleRow;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class CommissionRulesTest {
    private static final LocalDate DAY = LocalDate.of(2026, 12, 1);

    private static RuleRow rule(long id, String merchant, String category, String rate, String from) {
        return new RuleRow(id, merchant, category, new BigDecimal(rate), LocalDate.parse(from), null, "ops", Instant.EPOCH);
    }

    @Test
    void theMerchantsRuleForTheCategoryBeatsTheCategoryAndTheDefault() {
        CommissionRate rate = CommissionRules.choose(List.of(rule(1, "M-1", null, "5", "2026-01-01"),
                rule(2, null, "服装", "8", "2026-06-01"), rule(3, "M-1", "服装", "6.5", "2025-01-01")), "M-1", "服装", DAY).orElseThrow();
        assertEquals(new BigDecimal("6.5"), rate.ratePercent());
        assertEquals("MERCHANT_CATEGORY", rate.level());
        assertEquals(3, rate.ruleId());
        assertTrue(rate.explanation().contains("M-1 in 服装"), rate.explanation());
    }

    @Test
    void theCategoryRuleComesBeforeTheMerchantsDefault() {
        CommissionRate rate = CommissionRules.choose(List.of(rule(1, "M-1", null, "5", "2026-11-01"),
                rule(2, null, "家居", "8", "2020-01-01")), "M-1", "家居", DAY).orElseThrow();
        assertEquals("CATEGORY", rate.level());
        assertEquals(new BigDecimal("8"), rate.ratePercent());
    }

    @Test
    void theDefaultAppliesWhenNothingMoreSpecificDoes() {
        CommissionRate rate = CommissionRules.choose(List.of(rule(1, "M-1", null, "5", "2026-01-01")), "M-1", "数码", DAY).orElseThrow();
        assertEquals("MERCHANT_DEFAULT", rate.level());
    }

    @Test
    void withinALevelTheNewestVersionWinsThenTheLatestEntered() {
        CommissionRate rate = CommissionRules.choose(List.of(rule(1, "M-1", "服装", "6", "2026-01-01"),
                rule(2, "M-1", "服装", "7", "2026-10-01"), rule(3, "M-1", "服装", "7.5", "2026-10-01")), "M-1", "服装", DAY).orElseThrow();
        assertEquals(3, rate.ruleId());
        assertEquals(LocalDate.of(2026, 10, 1), rate.effectiveFrom());
    }

    @Test
    void noRuleInForceMeansNoRate() {
        assertTrue(CommissionRules.choose(List.of(), "M-1", "服装", DAY).isEmpty());
    }
}
