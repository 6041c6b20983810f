package io.mercato.delivery.impl.risk;

import io.mercato.delivery.impl.persistence.RiskMapper;
import io.mercato.delivery.impl.service.OrderDraft;
import io.mercato.platform.api.persistence.TransactionContext;
import io.mercato.platform.api.settings.SettingsVersion;
import io.mercato.platform.api.settings.VersionedSettings;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Reads what the rules weigh besides the order: each fact one indexed query. */
public final class RiskFactsReader {
    private RiskFactsReader() {
    }

    public static RiskFacts read(TransactionContext tx, OrderDraft order, RiskSettings settings) {
        RiskMapper risk = tx.mapper(RiskMapper.class);
        Instant since = Instant.now().minus(Duration.ofMinutes(settings.velocityWindowMinutes()));
        List<String> skus = order.lines().stream().map(OrderDraft.DraftLine::sku).distinct().toList();
        Map<String, Double> usual = new HashMap<>();
        risk.usualQuantities(skus).forEach((sku, row) -> {
            Object average = row.get("usual");
            if (average instanceof Number number) {
                usual.put(sku, number.doubleValue());
            }
        });
        return new RiskFacts(risk.recentFromPhone(order.phone(), since), risk.recentToAddress(order.addressKey(), since),
                risk.blacklisted("PHONE", order.phone()), risk.blacklisted("ADDRESS", order.addressKey()),
                order.cashOnDelivery() ? risk.codRefusals(order.phone()) : 0, usual);
    }

    /** Scores an order against the rules in force, inside the caller's transaction. */
    public static RiskAssessment assess(TransactionContext tx, OrderDraft order, VersionedSettings<RiskSettings> riskRules) {
        SettingsVersion<RiskSettings> rules = riskRules.current(tx);
        return RiskScorer.score(order, read(tx, order, rules.settings()), rules.version(), rules.settings());
    }
}
