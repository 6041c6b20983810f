package io.mercato.delivery.impl.risk;

/** One reason an order scored points: the code, the points of the rule version, what was found, and why in words. */
public record RiskFinding(ReasonCode code, int points, String evidence, String reasonEn, String reasonZh) {
    static RiskFinding of(ReasonCode code, RiskSettings settings, String evidence) {
        return new RiskFinding(code, settings.weight(code), evidence, code.reasonEn(), code.reasonZh());
    }
}
