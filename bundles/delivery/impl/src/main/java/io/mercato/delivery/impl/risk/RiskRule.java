package io.mercato.delivery.impl.risk;

import io.mercato.delivery.impl.service.OrderDraft;
import java.util.List;

/** One check of an incoming order; it returns what it found, each finding worth the points of the rule version. */
interface RiskRule {
    List<RiskFinding> check(OrderDraft order, RiskFacts facts, RiskSettings settings);
}
