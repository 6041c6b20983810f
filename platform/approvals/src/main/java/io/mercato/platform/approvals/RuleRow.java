package io.mercato.platform.approvals;

import java.math.BigDecimal;

public record RuleRow(String documentType, BigDecimal minAmount, String requiredLevel) {
}
