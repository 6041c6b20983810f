package io.mercato.platform.approvals;

import io.mercato.platform.api.org.PositionLevel;
import java.math.BigDecimal;
import java.util.List;

/** The approval rule of one document type: from each amount up, the level that must approve. */
public record ApprovalRuleSet(String documentType, List<Threshold> thresholds) {
    /** What a document needs when its type has no rule: its submitter's direct superior. */
    static final PositionLevel DEFAULT_LEVEL = PositionLevel.SUPERVISOR;

    public record Threshold(BigDecimal minAmount, String level) {
    }

    /** The strictest level asked for by any threshold the amount reaches (a missing amount counts as 0). */
    PositionLevel requiredLevel(BigDecimal amount) {
        BigDecimal value = amount == null ? BigDecimal.ZERO : amount;
        return thresholds.stream()
                .filter(threshold -> threshold.minAmount().compareTo(value) <= 0)
                .map(threshold -> PositionLevel.valueOf(threshold.level()))
                .max(Enum::compareTo)
                .orElse(DEFAULT_LEVEL);
    }
}
