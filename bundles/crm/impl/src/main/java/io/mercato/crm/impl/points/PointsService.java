package io.mercato.crm.impl.points;

import io.mercato.crm.impl.members.Members;
import io.mercato.crm.impl.members.ShopTime;
import io.mercato.crm.impl.persistence.CrmDatabase;
import io.mercato.crm.impl.persistence.LotRow;
import io.mercato.crm.impl.persistence.MemberMapper;
import io.mercato.crm.impl.persistence.MemberRow;
import io.mercato.crm.impl.persistence.PointsEntryRow;
import io.mercato.crm.impl.persistence.PointsMapper;
import io.mercato.platform.api.Actor;
import io.mercato.platform.api.Cursor;
import io.mercato.platform.api.Page;
import io.mercato.platform.api.PageRequest;
import io.mercato.platform.api.persistence.TransactionContext;
import io.mercato.platform.api.persistence.Transactions;
import io.mercato.platform.api.validation.Check;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** Points as agents use them: spend (at most the balance), adjust with a reason (supervisors), the ledger, the expiry run. */
@Component(service = PointsService.class)
public class PointsService {
    private static final long MAX_POINTS = 10_000_000;
    private final Transactions transactions;
    private final PointsLedger ledger;

    /** A spend, optionally on an order (a return of that order gives the points back). */
    public record Spend(Long points, String order, String reason) {
    }

    /** A correction: positive adds a lot, negative takes points oldest first. */
    public record Adjustment(Long points, String reason) {
    }

    /** One booked change and the balance after it. */
    public record Booked(String member, PointsEntryRow entry, long balance) {
    }

    /** The ledger of a member: its balance, lots and a page of entries, and whether the three agree. */
    public record Ledger(String member, long balance, long ledgerSum, long lotsSum, boolean consistent, List<LotRow> lots,
                         Page<PointsEntryRow> entries) {
    }

    @Activate
    public PointsService(@Reference CrmDatabase database, @Reference PointsLedger ledger) {
        this.transactions = database.transactions();
        this.ledger = ledger;
    }

    public Booked spend(String code, Spend spend, String idempotencyKey, Actor actor) {
        Check.input().required("points", spend == null ? null : spend.points())
                .text("reason", spend == null ? null : spend.reason(), 200, true)
                .text("order", spend == null ? null : spend.order(), 40, false).validate();
        Check.input().rule(spend.points() > 0 && spend.points() <= MAX_POINTS, "points", "must be between 1 and " + MAX_POINTS).validate();
        String cause = "spend:" + cause(idempotencyKey);
        String order = spend.order() == null || spend.order().isBlank() ? null : spend.order().strip();
        return transactions.inTransaction(actor, tx -> {
            MemberRow member = Members.require(tx, code);
            Long entry = ledger.debit(tx, member.id(), "SPEND", spend.points(), cause, order, spend.reason().strip(), "points");
            return booked(tx, member, "SPEND", cause, entry, Map.of("points", spend.points(), "order", order == null ? "" : order));
        });
    }

    public Booked adjust(String code, Adjustment adjustment, String idempotencyKey, Actor actor) {
        Check.input().required("points", adjustment == null ? null : adjustment.points())
                .text("reason", adjustment == null ? null : adjustment.reason(), 200, true).validate();
        Check.input().rule(adjustment.points() != 0 && Math.abs(adjustment.points()) <= MAX_POINTS, "points",
                "must not be 0 and at most " + MAX_POINTS + " either way").validate();
        String cause = "adjust:" + cause(idempotencyKey);
        return transactions.inTransaction(actor, tx -> {
            MemberRow member = Members.require(tx, code);
            Long entry = adjustment.points() > 0
                    ? ledger.credit(tx, member.id(), "ADJUST", adjustment.points(), cause, null, adjustment.reason().strip(), null, ShopTime.today())
                    : ledger.debit(tx, member.id(), "ADJUST", -adjustment.points(), cause, null, adjustment.reason().strip(), "points");
            return booked(tx, member, "ADJUST", cause, entry, Map.of("points", adjustment.points(), "reason", adjustment.reason().strip()));
        });
    }

    public Ledger ledger(String code, PageRequest page) {
        Long beforeId = page.after() == null ? null : Cursor.number(Cursor.parts(page.after(), 1)[0]);
        return transactions.read(tx -> {
            MemberRow member = Members.require(tx, code);
            PointsMapper points = tx.mapper(PointsMapper.class);
            Page<PointsEntryRow> entries = Page.of(points.entries(member.id(), beforeId, page.fetch()), page,
                    points.countEntries(member.id(), page.countLimit()), row -> Cursor.of(row.id()));
            long ledgerSum = points.ledgerSum(member.id());
            long lotsSum = points.lotsSum(member.id());
            return new Ledger(code, member.pointsBalance(), ledgerSum, lotsSum,
                    ledgerSum == member.pointsBalance() && lotsSum == member.pointsBalance(), points.lots(member.id(), 50), entries);
        });
    }

    /** Expires every lot whose life ended by {@code today}, a member per transaction; returns the points expired. */
    public long expireDue(LocalDate today, Actor actor) {
        long expired = 0;
        while (true) {
            List<Long> members = transactions.read(tx -> tx.mapper(PointsMapper.class).expiring(today, 100));
            if (members.isEmpty()) {
                return expired;
            }
            for (long member : members) {
                expired += transactions.inTransaction(actor, tx -> {
                    long points = ledger.expire(tx, member, today);
                    if (points > 0) {
                        tx.audit("crm.points-expired", "member", tx.mapper(MemberMapper.class).byId(member).code(),
                                Map.of("points", points, "on", today.toString()));
                    }
                    return points;
                });
            }
        }
    }

    private Booked booked(TransactionContext tx, MemberRow member, String kind, String cause, Long entry, Map<String, Object> details) {
        PointsMapper points = tx.mapper(PointsMapper.class);
        if (entry != null) {
            tx.audit("crm.points-" + kind.toLowerCase(java.util.Locale.ROOT), "member", member.code(), details);
        }
        return new Booked(member.code(), points.entry(member.id(), kind, cause), tx.mapper(MemberMapper.class).byId(member.id()).pointsBalance());
    }


    /** The request's Idempotency-Key names the cause (a retry books nothing twice), or a fresh one. */
    private static String cause(String idempotencyKey) {
        return idempotencyKey == null || idempotencyKey.isBlank() ? UUID.randomUUID().toString() : idempotencyKey.strip();
    }
}
