package io.mercato.delivery.impl.audit;

import io.mercato.delivery.impl.persistence.AuditMapper;
import io.mercato.delivery.impl.persistence.FulfilmentMapper;
import io.mercato.delivery.impl.persistence.PenaltyRow;
import io.mercato.delivery.impl.persistence.ShipmentRow;
import io.mercato.delivery.impl.service.DeliveryDatabase;
import io.mercato.delivery.impl.service.ShopCalendar;
import io.mercato.platform.api.Money;
import io.mercato.platform.api.Actor;
import io.mercato.platform.api.ConflictException;
import io.mercato.platform.api.Cursor;
import io.mercato.platform.api.NotFoundException;
import io.mercato.platform.api.Page;
import io.mercato.platform.api.PageRequest;
import io.mercato.platform.api.persistence.TransactionContext;
import io.mercato.platform.api.settings.SettingsVersion;
import io.mercato.platform.api.settings.VersionedSettings;
import io.mercato.platform.api.persistence.Transactions;
import io.mercato.platform.api.validation.Check;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.Set;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Penalties for improper delivery, computed by the standards in force: a late delivery (each day past the promised day
 * beyond the grace) when the courier reports it delivered, a damaged or lost package or a complaint when a station records
 * the incident. A supervisor may waive one with a reason; within the dispute window the courier's objection is recorded,
 * and a supervisor upholds or withdraws the penalty.
 */
@Component(service = Penalties.class)
public class Penalties {
    private static final Set<String> INCIDENTS = Set.of("DAMAGED", "LOST", "COMPLAINT");
    private static final Set<String> STATUSES = Set.of("OPEN", "WAIVED", "DISPUTED", "UPHELD", "WITHDRAWN");
    private final Transactions transactions;
    private final VersionedSettings<Standards> standards;

    @Activate
    public Penalties(@Reference DeliveryDatabase database) {
        this.transactions = database.transactions();
        this.standards = database.standards();
    }

    public record Incident(String shipment, String kind, String note) {
    }

    public record Decision(Boolean uphold, String reason) {
    }

    /** Charges a late delivery, inside the transaction that records it delivered; on time or within the grace, nothing. */
    public static void deliveredLate(TransactionContext tx, SettingsVersion<Standards> standards, ShipmentRow shipment, Instant deliveredAt) {
        if (shipment.promisedBy() == null || shipment.courierCode() == null) {
            return;
        }
        long daysLate = ChronoUnit.DAYS.between(shipment.promisedBy(), deliveredAt.atZone(ShopCalendar.ZONE).toLocalDate());
        long charged = daysLate - standards.settings().lateGraceDays();
        if (daysLate <= 0 || charged <= 0) {
            return;
        }
        Standards rules = standards.settings();
        charge(tx, shipment, null, "LATE", rules.latePerDay().multiply(BigDecimal.valueOf(charged)), (int) (rules.latePointsPerDay() * charged),
                standards, "delivered " + deliveredAt.atZone(ShopCalendar.ZONE).toLocalDate() + ", promised by " + shipment.promisedBy() + ": "
                        + daysLate + " day(s) late" + (rules.lateGraceDays() > 0 ? ", " + rules.lateGraceDays() + " forgiven" : ""));
    }

    public PenaltyRow recordIncident(Incident incident, Actor actor) {
        String kind = incident == null || incident.kind() == null ? null : incident.kind().strip().toUpperCase(java.util.Locale.ROOT);
        Check.input()
                .text("shipment", incident == null ? null : incident.shipment(), 60, true)
                .rule(kind != null && INCIDENTS.contains(kind), "kind", "must be DAMAGED, LOST or COMPLAINT")
                .text("note", incident == null ? null : incident.note(), 1000, true)
                .validate();
        return transactions.inTransaction(actor, tx -> {
            ShipmentRow shipment = tx.mapper(FulfilmentMapper.class).lockShipment(incident.shipment().strip());
            if (shipment == null) {
                throw new io.mercato.platform.api.ValidationException("shipment", "is not a shipment: " + incident.shipment());
            }
            if (shipment.courierCode() == null) {
                throw new ConflictException("shipment-not-shipped", "Shipment " + shipment.number() + " has no courier yet");
            }
            long incidentId = tx.mapper(AuditMapper.class).insertIncident(shipment.id(), kind, incident.note().strip(), actor.username());
            SettingsVersion<Standards> standards = this.standards.current(tx);
            tx.audit("delivery.incident-recorded", "shipment", shipment.number(), Map.of("kind", kind, "note", incident.note().strip()));
            return charge(tx, shipment, incidentId, kind, standards.settings().amount(kind), standards.settings().points(kind), standards,
                    kind.toLowerCase(java.util.Locale.ROOT) + ": " + incident.note().strip());
        });
    }

    private static PenaltyRow charge(TransactionContext tx, ShipmentRow shipment, Long incidentId, String kind, BigDecimal amount, int points,
                                     SettingsVersion<Standards> standards, String evidence) {
        AuditMapper audit = tx.mapper(AuditMapper.class);
        LocalDate disputeUntil = LocalDate.now(ShopCalendar.ZONE).plusDays(standards.settings().disputeDays());
        Long id = audit.insertPenalty(shipment.courierCode(), shipment.id(), incidentId, kind, Money.of(amount), points, standards.version(),
                evidence, disputeUntil);
        if (id == null) {
            return null;
        }
        tx.audit("delivery.penalty-charged", "penalty", String.valueOf(id), Map.of("courier", shipment.courierCode(), "shipment",
                shipment.number(), "kind", kind, "amount", Money.of(amount).toPlainString(), "points", points));
        return audit.penalty(id);
    }

    public PenaltyRow waive(long id, String reason, Actor actor) {
        Check.input().text("reason", reason, 500, true).validate();
        return decide(id, Set.of("OPEN", "DISPUTED"), "WAIVED", reason.strip(), actor, "delivery.penalty-waived");
    }

    /** The courier objects within the dispute window; the objection waits for a supervisor's decision. */
    public PenaltyRow dispute(long id, String objection, Actor actor) {
        Check.input().text("objection", objection, 1000, true).validate();
        return transactions.inTransaction(actor, tx -> {
            AuditMapper audit = tx.mapper(AuditMapper.class);
            PenaltyRow penalty = locked(audit, id, Set.of("OPEN"), "disputed");
            if (LocalDate.now(ShopCalendar.ZONE).isAfter(penalty.disputeUntil())) {
                throw new ConflictException("dispute-window-closed", "Penalty " + id + " could be disputed until " + penalty.disputeUntil());
            }
            audit.dispute(id, objection.strip());
            tx.audit("delivery.penalty-disputed", "penalty", String.valueOf(id), Map.of("objection", objection.strip()));
            return audit.penalty(id);
        });
    }

    public PenaltyRow settleDispute(long id, Decision decision, Actor actor) {
        Check.input().required("uphold", decision == null ? null : decision.uphold())
                .text("reason", decision == null ? null : decision.reason(), 500, true).validate();
        return decide(id, Set.of("DISPUTED"), decision.uphold() ? "UPHELD" : "WITHDRAWN", decision.reason().strip(), actor,
                decision.uphold() ? "delivery.penalty-upheld" : "delivery.penalty-withdrawn");
    }

    private PenaltyRow decide(long id, Set<String> from, String to, String reason, Actor actor, String action) {
        return transactions.inTransaction(actor, tx -> {
            AuditMapper audit = tx.mapper(AuditMapper.class);
            PenaltyRow penalty = locked(audit, id, from, to.toLowerCase(java.util.Locale.ROOT));
            audit.decide(id, to, reason, actor.username());
            tx.audit(action, "penalty", String.valueOf(id), Map.of("before", penalty.status(), "after", to, "reason", reason));
            return audit.penalty(id);
        });
    }

    public Page<PenaltyRow> search(String courier, String status, String month, PageRequest page) {
        String state = status == null || status.isBlank() ? null : status.strip().toUpperCase(java.util.Locale.ROOT);
        Check check = Check.input().rule(state == null || STATUSES.contains(state), "status", "must be one of " + String.join(", ",
                STATUSES.stream().sorted().toList()));
        YearMonth period = Scorecards.month(check, month, null);
        check.validate();
        Instant from = period == null ? null : period.atDay(1).atStartOfDay(ShopCalendar.ZONE).toInstant();
        Instant to = period == null ? null : period.plusMonths(1).atDay(1).atStartOfDay(ShopCalendar.ZONE).toInstant();
        String code = courier == null || courier.isBlank() ? null : courier.strip();
        Long beforeId = page.after() == null ? null : Cursor.number(Cursor.parts(page.after(), 1)[0]);
        return transactions.read(tx -> {
            AuditMapper audit = tx.mapper(AuditMapper.class);
            return Page.of(audit.penalties(code, state, from, to, beforeId, page.fetch(), page.offset()), page,
                    audit.penaltyCount(code, state, from, to, page.countLimit()), row -> Cursor.of(row.id()));
        });
    }

    private static PenaltyRow locked(AuditMapper audit, long id, Set<String> allowed, String what) {
        PenaltyRow penalty = audit.lockPenalty(id);
        if (penalty == null) {
            throw new NotFoundException("No penalty " + id);
        }
        if (!allowed.contains(penalty.status())) {
            throw new ConflictException("penalty-" + penalty.status().toLowerCase(java.util.Locale.ROOT), "Penalty " + id + " is "
                    + penalty.status() + " and cannot be " + what);
        }
        return penalty;
    }
}
