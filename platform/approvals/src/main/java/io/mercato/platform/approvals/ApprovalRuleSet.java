package io.mercato.platform.approvals;

import java.math.BigDecimal;
import java.util.List;

/** The approval rule of one document type: from each amount up, the level that must approve. */
public record ApprovalRuleSet(String documentType, List<Threshold> thresholds) {
    public record Threshold(BigDecimal minAmount, String level) {
    }
}
