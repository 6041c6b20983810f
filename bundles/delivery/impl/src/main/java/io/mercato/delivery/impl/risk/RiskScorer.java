package io.mercato.delivery.impl.risk;

import io.mercato.delivery.impl.risk.RiskAssessment.Decision;
import io.mercato.delivery.impl.service.OrderDraft;
import java.util.ArrayList;
import java.util.List;

/** Runs every rule over an order and turns the points into a decision under the rule version's thresholds. */
public final class RiskScorer {
    private static final List<RiskRule> RULES = List.of(new AddressRule(), new PhoneRule(), new MissingFieldRule(),
            new BlacklistRule(), new VelocityRule(), new QuantityRule(), new CodRefusalRule());

    private RiskScorer() {
    }

    public static RiskAssessment score(OrderDraft order, RiskFacts facts, int version, RiskSettings settings) {
        RiskSettings complete = settings.complete();
        List<RiskFinding> findings = new ArrayList<>();
        for (RiskRule rule : RULES) {
            findings.addAll(rule.check(order, facts, complete));
        }
        int score = findings.stream().mapToInt(RiskFinding::points).sum();
        Decision decision = score >= complete.rejectAt() ? Decision.REJECT : score >= complete.holdAt() ? Decision.HOLD : Decision.ACCEPT;
        return new RiskAssessment(score, decision, version, findings);
    }
}
