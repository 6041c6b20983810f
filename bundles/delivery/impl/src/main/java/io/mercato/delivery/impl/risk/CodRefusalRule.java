package io.mercato.delivery.impl.risk;

import io.mercato.delivery.impl.service.OrderDraft;
import java.util.List;

/** Cash on delivery for a phone that refused cash-on-delivery parcels before. */
final class CodRefusalRule implements RiskRule {
    @Override
    public List<RiskFinding> check(OrderDraft order, RiskFacts facts, RiskSettings settings) {
        if (!order.cashOnDelivery() || facts.codRefusals() == 0) {
            return List.of();
        }
        return List.of(RiskFinding.of(ReasonCode.COD_REFUSED_BEFORE, settings, facts.codRefusals() + " refused cash-on-delivery parcel(s) before"));
    }
}
