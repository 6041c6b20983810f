package io.mercato.crm.impl.tiers;

import io.mercato.crm.impl.persistence.CrmDatabase;
import io.mercato.crm.impl.persistence.TierMapper;
import io.mercato.crm.impl.persistence.TierRow;
import io.mercato.platform.api.Actor;
import io.mercato.platform.api.persistence.TransactionContext;
import io.mercato.platform.api.settings.SettingsChange;
import io.mercato.platform.api.settings.SettingsDefinition;
import io.mercato.platform.api.settings.SettingsVersion;
import io.mercato.platform.api.settings.VersionedSettings;
import io.mercato.platform.api.validation.Check;
import java.util.List;
import java.util.stream.IntStream;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The tier ladder and its rules, the one place CRM reads them: the ladder's codes and order are {@code crm.tier}'s, the
 * names, thresholds and earn rates a versioned settings document that supervisors change (from the next review on).
 */
@Component(service = Tiers.class)
public class Tiers {
    private final VersionedSettings<TierSettings> rules;
    private final io.mercato.platform.api.persistence.Transactions transactions;

    @Activate
    public Tiers(@Reference CrmDatabase database) {
        this.transactions = database.transactions();
        this.rules = database.settings(new SettingsDefinition<>("tier_rules", TierSettings.class, "tier-rules", "Tier rules"));
    }

    /** The ladder in force, lowest tier first. */
    public List<TierRow> list() {
        return ladder(rules.current().settings());
    }

    /** The ladder as this transaction sees it. */
    public List<TierRow> ladder(TransactionContext tx) {
        return ladder(rules.current(tx).settings());
    }

    public List<SettingsVersion<TierSettings>> versions(int limit) {
        return rules.versions(limit);
    }

    /** Saves the rules of every tier (all tiers, in rank order) as a new version; thresholds must rise with the rank. */
    public List<TierRow> update(List<TierSettings.Tier> inputs, String note, Actor actor) {
        List<String> codes = transactions.read(tx -> tx.mapper(TierMapper.class).codes());
        Check check = Check.input().rule(inputs != null && inputs.size() == codes.size(), "tiers",
                "must list all " + codes.size() + " tiers, lowest first");
        check.validate();
        for (int i = 0; i < inputs.size(); i++) {
            TierSettings.Tier input = inputs.get(i);
            check.rule(input != null && codes.get(i).equals(input.code()), "tiers[" + i + "].code", "must be " + codes.get(i))
                    .rule(input == null || input.rank() == null || input.rank() == i, "tiers[" + i + "].rank",
                            "is " + i + " (the ladder's order does not change)");
        }
        check.validate();
        // The settings document validates what it saves.
        return ladder(rules.save(new SettingsChange<>(new TierSettings(inputs).normalised(), note), actor).settings());
    }

    /** The tier {@code code} of the ladder this transaction sees. */
    public TierRow tier(TransactionContext tx, String code) {
        return named(ladder(tx), code);
    }

    /** The tier {@code code} of {@code ladder} (a member's tier is always on it: a foreign key). */
    public static TierRow named(List<TierRow> ladder, String code) {
        return ladder.stream().filter(tier -> tier.code().equals(code)).findFirst().orElseThrow();
    }

    private static List<TierRow> ladder(TierSettings settings) {
        List<TierSettings.Tier> tiers = settings.tiers();
        return IntStream.range(0, tiers.size()).mapToObj(i -> {
            TierSettings.Tier tier = tiers.get(i);
            return new TierRow(tier.code(), tier.nameZh(), tier.nameEn(), i, tier.minSpend(), tier.minOrders(), tier.pointsPerYuan());
        }).toList();
    }
}
