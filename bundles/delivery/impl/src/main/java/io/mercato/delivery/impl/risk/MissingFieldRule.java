package io.mercato.delivery.impl.risk;

import io.mercato.delivery.impl.service.OrderDraft;
import java.util.ArrayList;
import java.util.List;

/** Information a reviewer needs and the order lacks: a prepaid order's payment reference, a name of one character. */
final class MissingFieldRule implements RiskRule {
    @Override
    public List<RiskFinding> check(OrderDraft order, RiskFacts facts, RiskSettings settings) {
        List<String> missing = new ArrayList<>();
        if (!order.cashOnDelivery() && order.paymentReference() == null) {
            missing.add("payment.reference of a prepaid order");
        }
        if (order.customerName().codePointCount(0, order.customerName().length()) < 2) {
            missing.add("the customer's full name (\"" + order.customerName() + "\")");
        }
        return missing.isEmpty() ? List.of() : List.of(RiskFinding.of(ReasonCode.MISSING_FIELD, settings, String.join("; ", missing)));
    }
}
