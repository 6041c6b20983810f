package io.mercato.delivery.impl.audit;

import io.mercato.delivery.impl.persistence.AuditMapper;
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

/** Headquarters' delivery standards, versioned: each penalty keeps the version it was charged under. */
@Component(service = DeliveryStandards.class)
public class DeliveryStandards {
    private final Transactions transactions;

    @Activate
    public DeliveryStandards(@Reference DeliveryDatabase database) {
        this.transactions = database.transactions();
    }

    public record Version(int version, Standards settings, String note, String createdBy, Instant createdAt) {
        static Version of(SettingsVersionRow row) {
            return new Version(row.version(), Json.read(row.settings(), Standards.class).complete(), row.note(), row.createdBy(), row.createdAt());
        }
    }

    public record NewVersion(Standards settings, String note) {
    }

    public Version current() {
        return transactions.read(DeliveryStandards::current);
    }

    static Version current(TransactionContext tx) {
        return Version.of(tx.mapper(AuditMapper.class).currentStandards());
    }

    public List<Version> versions() {
        return transactions.read(tx -> tx.mapper(AuditMapper.class).standardsVersions().stream().map(Version::of).toList());
    }

    public Version save(NewVersion input, Actor actor) {
        Check.input().required("settings", input == null ? null : input.settings()).text("note", input == null ? null : input.note(), 500, false)
                .validate();
        input.settings().validate();
        Standards complete = input.settings().complete();
        return transactions.inTransaction(actor, tx -> {
            AuditMapper audit = tx.mapper(AuditMapper.class);
            int next = audit.currentStandards().version() + 1;
            if (audit.insertStandards(next, Json.write(complete), input.note() == null ? null : input.note().strip(), actor.username()) == null) {
                throw new ConflictException("standards-changed", "Delivery standards version " + next + " was saved a moment ago; reload and try again");
            }
            tx.audit("delivery.standards-saved", "delivery-standards", String.valueOf(next), Map.of("settings", complete));
            return Version.of(audit.currentStandards());
        });
    }
}
