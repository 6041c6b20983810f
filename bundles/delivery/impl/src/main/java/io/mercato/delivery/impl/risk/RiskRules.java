package io.mercato.delivery.impl.risk;

import io.mercato.delivery.impl.persistence.RiskMapper;
import io.mercato.delivery.impl.persistence.SettingsVersionRow;
import io.mercato.delivery.impl.service.DeliveryDatabase;
import io.mercato.delivery.impl.service.Json;
import io.mercato.platform.api.Actor;
import io.mercato.platform.api.ConflictException;
import io.mercato.platform.api.persistence.TransactionContext;
import io.mercato.platform.api.persistence.Transactions;
import io.mercato.platform.api.validation.Check;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** The versioned risk rules: reading the one in force, saving a new version (never changing an old one). */
@Component(service = RiskRules.class)
public class RiskRules {
    private final Transactions transactions;

    @Activate
    public RiskRules(@Reference DeliveryDatabase database) {
        this.transactions = database.transactions();
    }

    /** A version with its settings complete (defaults filled in), as staff and the scorer see it. */
    public record Version(int version, RiskSettings settings, String note, String createdBy, Instant createdAt) {
        static Version of(SettingsVersionRow row) {
            return new Version(row.version(), Json.read(row.settings(), RiskSettings.class).complete(), row.note(), row.createdBy(),
                    row.createdAt());
        }
    }

    public record NewVersion(RiskSettings settings, String note) {
    }

    public Version current() {
        return transactions.read(RiskRules::current);
    }

    static Version current(TransactionContext tx) {
        return Version.of(tx.mapper(RiskMapper.class).current());
    }

    public List<Version> versions() {
        return transactions.read(tx -> tx.mapper(RiskMapper.class).versions().stream().map(Version::of).toList());
    }

    public Version save(NewVersion input, Actor actor) {
        Check.input().required("settings", input == null ? null : input.settings()).text("note", input == null ? null : input.note(), 500, false)
                .validate();
        input.settings().validate();
        RiskSettings complete = input.settings().complete();
        return transactions.inTransaction(actor, tx -> {
            RiskMapper rules = tx.mapper(RiskMapper.class);
            int next = rules.current().version() + 1;
            if (rules.insert(next, Json.write(complete), input.note() == null ? null : input.note().strip(), actor.username()) == null) {
                throw new ConflictException("rules-changed", "Risk rules version " + next + " was saved a moment ago; reload and try again");
            }
            tx.audit("delivery.risk-rules-saved", "risk-rules", String.valueOf(next), Map.of("settings", complete));
            return Version.of(rules.current());
        });
    }
}
