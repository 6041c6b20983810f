package io.mercato.platform.approvals;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.mercato.platform.api.FieldError;
import io.mercato.platform.api.ValidationException;
import io.mercato.platform.api.org.PositionLevel;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class ApprovalRulesTest {
    private static ApprovalRuleSet.Threshold from(String amount, PositionLevel level) {
        return new ApprovalRuleSet.Threshold(new BigDecimal(amount), level.name());
    }

    /** The guides' purchase rule: the director from 50,000, the general manager from 200,000. */
    private final ApprovalRuleSet purchases = new ApprovalRuleSet("purchase-order", List.of(
            from("0", PositionLevel.SUPERVISOR), from("50000", PositionLevel.DIRECTOR),
            from("200000", PositionLevel.GENERAL_MANAGER)));

    @Test
    void eachAmountNeedsTheLevelOfTheHighestThresholdItReaches() {
        assertEquals(PositionLevel.SUPERVISOR, purchases.requiredLevel(new BigDecimal("49999.99")));
        assertEquals(PositionLevel.DIRECTOR, purchases.requiredLevel(new BigDecimal("50000.00")));
        assertEquals(PositionLevel.DIRECTOR, purchases.requiredLevel(new BigDecimal("199999.99")));
        assertEquals(PositionLevel.GENERAL_MANAGER, purchases.requiredLevel(new BigDecimal("200000")));
        assertEquals(PositionLevel.SUPERVISOR, purchases.requiredLevel(null), "no amount counts as 0");
    }

    @Test
    void aRuleStartingAboveZeroLeavesSmallAmountsToTheDirectSuperior() {
        ApprovalRuleSet large = new ApprovalRuleSet("x", List.of(from("1000", PositionLevel.DIRECTOR)));
        assertEquals(PositionLevel.SUPERVISOR, large.requiredLevel(new BigDecimal("999")));
        assertEquals(PositionLevel.DIRECTOR, large.requiredLevel(new BigDecimal("1000")));
    }

    @Test
    void aValidRuleSetPasses() {
        assertDoesNotThrow(() -> ApprovalRules.validate("purchase-order", purchases.thresholds()));
    }

    @Test
    void levelsMayNotFallAsAmountsRise() {
        List<FieldError> errors = errors("sample", List.of(from("0", PositionLevel.DIRECTOR), from("10", PositionLevel.SUPERVISOR)));
        assertEquals(List.of("thresholds[1].level"), errors.stream().map(FieldError::field).toList());
    }

    @Test
    void amountsStartAtZeroRiseAndHaveCents() {
        List<FieldError> errors = errors("sample", List.of(from("5", PositionLevel.SUPERVISOR),
                from("5", PositionLevel.DIRECTOR), from("7.125", PositionLevel.DIRECTOR), from("-1", PositionLevel.DIRECTOR)));
        assertEquals(List.of("thresholds[0].minAmount", "thresholds[1].minAmount", "thresholds[2].minAmount",
                "thresholds[3].minAmount", "thresholds[3].minAmount"), errors.stream().map(FieldError::field).toList());
    }

    @Test
    void typeLevelAndEmptyListAreNamed() {
        List<FieldError> errors = errors("Bad Type", List.of());
        assertEquals(List.of("documentType", "thresholds"), errors.stream().map(FieldError::field).toList());
        List<FieldError> unknownLevel = errors("sample", List.of(new ApprovalRuleSet.Threshold(BigDecimal.ZERO, "BOSS")));
        assertEquals("thresholds[0].level", unknownLevel.get(0).field());
    }

    private static List<FieldError> errors(String type, List<ApprovalRuleSet.Threshold> thresholds) {
        return assertThrows(ValidationException.class, () -> ApprovalRules.validate(type, thresholds)).errors();
    }
}
