package io.mercato.crm.impl.persistence;

import java.math.BigDecimal;

public record ReturnLineRow(long caseId, String orderNumber, int lineNo, String sku, int quantity, BigDecimal amount) {
}
