package io.mercato.delivery.impl.risk;

import io.mercato.delivery.impl.service.OrderDraft;
import java.util.ArrayList;
import java.util.List;

/** Many orders from one phone or one address within the window: this order would be one too many. */
final class VelocityRule implements RiskRule {
    @Override
    public List<RiskFinding> check(OrderDraft order, RiskFacts facts, RiskSettings settings) {
        List<RiskFinding> findings = new ArrayList<>();
        String window = " in the last " + settings.velocityWindowMinutes() + " minutes (at most " + settings.velocityMaxOrders() + ")";
        if (facts.recentOrdersFromPhone() >= settings.velocityMaxOrders()) {
            findings.add(RiskFinding.of(ReasonCode.VELOCITY, settings, facts.recentOrdersFromPhone() + " earlier orders from this phone" + window));
        } else if (facts.recentOrdersFromAddress() >= settings.velocityMaxOrders()) {
            findings.add(RiskFinding.of(ReasonCode.VELOCITY, settings, facts.recentOrdersFromAddress() + " earlier orders to this address" + window));
        }
        return findings;
    }
}
