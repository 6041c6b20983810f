package io.mercato.delivery.impl.risk;

import io.mercato.delivery.impl.service.OrderDraft;
import io.mercato.delivery.impl.service.PhoneNumbers;
import java.util.List;

/** A phone a courier could not call: neither a mainland mobile nor a landline with its area code. */
final class PhoneRule implements RiskRule {
    @Override
    public List<RiskFinding> check(OrderDraft order, RiskFacts facts, RiskSettings settings) {
        if (PhoneNumbers.isMobile(order.phone()) || PhoneNumbers.isLandline(order.phone())) {
            return List.of();
        }
        return List.of(RiskFinding.of(ReasonCode.PHONE_INVALID, settings, "phone " + order.phone()));
    }
}
