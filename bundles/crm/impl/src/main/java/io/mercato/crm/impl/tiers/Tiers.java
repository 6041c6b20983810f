package io.mercato.crm.impl.tiers;

import io.mercato.crm.impl.persistence.CrmDatabase;
import io.mercato.crm.impl.persistence.TierMapper;
import io.mercato.crm.impl.persistence.TierRow;
import io.mercato.platform.api.Actor;
import io.mercato.platform.api.persistence.Transactions;
import io.mercato.platform.api.validation.Check;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** The tier ladder and its rules; supervisors change thresholds and earn rates, which apply from the next review. */
@Component(service = Tiers.class)
public class Tiers {
    private final Transactions transactions;

    /** A tier's rules; {@code rank} may be sent back as read, but the ladder's order is fixed. */
    public record TierInput(String code, Integer rank, String nameZh, String nameEn, BigDecimal minSpend, Integer minOrders,
                            BigDecimal pointsPerYuan) {
    }

    @Activate
    public Tiers(@Reference CrmDatabase database) {
        this.transactions = database.transactions();
    }

    public List<TierRow> list() {
        return transactions.read(tx -> tx.mapper(TierMapper.class).all());
    }

    /** Replaces the rules of every tier given (all tiers, in rank order); thresholds must rise with the rank. */
    public List<TierRow> update(List<TierInput> inputs, Actor actor) {
        List<TierRow> current = list();
        Check check = Check.input().rule(inputs != null && inputs.size() == current.size(), "tiers",
                "must list all " + current.size() + " tiers, lowest first");
        check.validate();
        for (int i = 0; i < inputs.size(); i++) {
            TierInput input = inputs.get(i);
            String at = "tiers[" + i + "].";
            check.rule(input != null && current.get(i).code().equals(input.code()), at + "code", "must be " + current.get(i).code())
                    .rule(input == null || input.rank() == null || input.rank() == current.get(i).rank(), at + "rank",
                            "is " + current.get(i).rank() + " (the ladder's order does not change)")
                    .text(at + "nameZh", input == null ? null : input.nameZh(), 40, true)
                    .text(at + "nameEn", input == null ? null : input.nameEn(), 40, true)
                    .required(at + "minSpend", input == null ? null : input.minSpend())
                    .required(at + "minOrders", input == null ? null : input.minOrders())
                    .required(at + "pointsPerYuan", input == null ? null : input.pointsPerYuan());
        }
        check.validate();
        for (int i = 0; i < inputs.size(); i++) {
            TierInput input = inputs.get(i);
            String at = "tiers[" + i + "].";
            check.money(at + "minSpend", input.minSpend(), true)
                    .notNegative(at + "minOrders", input.minOrders())
                    .decimal(at + "pointsPerYuan", input.pointsPerYuan(), 2, BigDecimal.ZERO, BigDecimal.valueOf(100), true);
            if (i == 0) {
                check.rule(input.minSpend().signum() == 0 && input.minOrders() == 0, at + "minSpend", "of the entry tier must be 0 (every member holds it)");
            } else {
                TierInput lower = inputs.get(i - 1);
                check.rule(input.minSpend().compareTo(lower.minSpend()) >= 0 && input.minOrders() >= lower.minOrders(), at + "minSpend",
                        "must not be below the tier beneath (spend and orders rise with the rank)");
            }
        }
        check.validate();
        return transactions.inTransaction(actor, tx -> {
            TierMapper tiers = tx.mapper(TierMapper.class);
            Map<String, Object> changes = new HashMap<>();
            for (TierInput input : inputs) {
                tiers.update(input.code(), input.nameZh().strip(), input.nameEn().strip(), input.minSpend(), input.minOrders(),
                        input.pointsPerYuan(), actor.username());
                changes.put(input.code(), Map.of("minSpend", input.minSpend().toPlainString(), "minOrders", input.minOrders(),
                        "pointsPerYuan", input.pointsPerYuan().toPlainString()));
            }
            tx.audit("crm.tiers-changed", "tier", "all", changes);
            return tiers.all();
        });
    }
}
