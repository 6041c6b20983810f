package io.mercato.delivery.impl.risk;

import io.mercato.delivery.impl.service.OrderDraft;
import java.util.ArrayList;
import java.util.List;

/**
 * A line far above what customers usually buy of its SKU: more than {@code quantityFactor} times the usual quantity,
 * and never below {@code quantityFloor} units (so one unit usually bought does not flag three); a SKU without history
 * is measured against the floor alone.
 */
final class QuantityRule implements RiskRule {
    @Override
    public List<RiskFinding> check(OrderDraft order, RiskFacts facts, RiskSettings settings) {
        List<RiskFinding> findings = new ArrayList<>();
        for (OrderDraft.DraftLine line : order.lines()) {
            Double usual = facts.usualQuantity().get(line.sku());
            double limit = usual == null ? settings.quantityFloor() : Math.max(settings.quantityFloor(), usual * settings.quantityFactor());
            if (line.quantity() > limit) {
                findings.add(RiskFinding.of(ReasonCode.QUANTITY_ABNORMAL, settings, line.quantity() + " × " + line.sku()
                        + (usual == null ? " with no order history (limit " + settings.quantityFloor() + ")"
                        : ", usually " + String.format(java.util.Locale.ROOT, "%.1f", usual) + " (limit " + (long) limit + ")")));
            }
        }
        return findings.isEmpty() ? List.of() : List.of(merge(findings));
    }

    /** Several abnormal lines are one reason, with every line as evidence. */
    private static RiskFinding merge(List<RiskFinding> findings) {
        RiskFinding first = findings.get(0);
        return new RiskFinding(first.code(), first.points(), String.join("; ", findings.stream().map(RiskFinding::evidence).toList()),
                first.reasonEn(), first.reasonZh());
    }
}
