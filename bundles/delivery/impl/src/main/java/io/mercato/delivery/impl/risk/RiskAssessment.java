package io.mercato.delivery.impl.risk;

import java.util.List;

/** An order's score under one rule version, the decision it leads to, and every finding behind it. */
public record RiskAssessment(int score, Decision decision, int version, List<RiskFinding> findings) {
    public RiskAssessment {
        findings = List.copyOf(findings);
    }

    /** ACCEPT confirms the order at once; HOLD and REJECT send it to the review queue (REJECT recommends cancelling). */
    public enum Decision {
        ACCEPT, HOLD, REJECT
    }
}
