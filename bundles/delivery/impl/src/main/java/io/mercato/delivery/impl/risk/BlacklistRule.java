package io.mercato.delivery.impl.risk;

import io.mercato.delivery.impl.service.OrderDraft;
import java.util.ArrayList;
import java.util.List;

/** A phone or address on the blacklist (each match counts). */
final class BlacklistRule implements RiskRule {
    @Override
    public List<RiskFinding> check(OrderDraft order, RiskFacts facts, RiskSettings settings) {
        List<RiskFinding> findings = new ArrayList<>();
        if (facts.phoneBlacklisted() != null) {
            findings.add(RiskFinding.of(ReasonCode.BLACKLIST_MATCH, settings, "phone " + order.phone() + ": " + facts.phoneBlacklisted()));
        }
        if (facts.addressBlacklisted() != null) {
            findings.add(RiskFinding.of(ReasonCode.BLACKLIST_MATCH, settings, "address: " + facts.addressBlacklisted()));
        }
        return findings;
    }
}
