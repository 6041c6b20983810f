package io.mercato.crm.impl.points;

import io.mercato.crm.impl.members.CrmSettings;
import io.mercato.crm.impl.persistence.EarnedLineRow;
import io.mercato.crm.impl.persistence.LotRow;
import io.mercato.crm.impl.persistence.MemberMapper;
import io.mercato.crm.impl.persistence.PointsEntryRow;
import io.mercato.crm.impl.persistence.PointsMapper;
import io.mercato.platform.api.ValidationException;
import io.mercato.platform.api.persistence.TransactionContext;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The points ledger inside a caller's transaction. Every change moves the member's balance, the lots' remaining points and
 * the append-only entries together, so the balance always equals both sums and never goes below zero; an entry is unique
 * per member, kind and cause, so the same cause (an event, an Idempotency-Key, a lot's expiry) books once.
 */
@Component(service = PointsLedger.class)
public class PointsLedger {
    private final CrmSettings settings;

    /** One order line's earning. */
    public record LineEarning(int lineNo, long points) {
    }

    @Activate
    public PointsLedger(@Reference CrmSettings settings) {
        this.settings = settings;
    }

    /** Earns an order's points in one lot; the entries are per line (what a return reverses). Returns the points earned. */
    public long earn(TransactionContext tx, long memberId, String order, List<LineEarning> lines, LocalDate today, String reason) {
        long total = lines.stream().mapToLong(LineEarning::points).sum();
        if (total == 0) {
            return 0;
        }
        PointsMapper points = tx.mapper(PointsMapper.class);
        long lot = points.insertLot(memberId, total, today, today.plusMonths(settings.pointsLifeMonths()));
        long balance = tx.mapper(MemberMapper.class).moveBalance(memberId, total) - total;
        for (LineEarning line : lines) {
            if (line.points() > 0) {
                balance += line.points();
                points.insertEntry(memberId, "EARN", line.points(), balance, "order:" + order + ":" + line.lineNo(), order, line.lineNo(),
                        reason, 0, lot, null, tx.actor().username());
            }
        }
        return total;
    }

    /** Puts points in a new lot (a positive adjustment, spent points given back); null when the cause was booked before. */
    public Long credit(TransactionContext tx, long memberId, String kind, long amount, String cause, String order, String reason,
                       Long sourceEntry, LocalDate today) {
        PointsMapper points = tx.mapper(PointsMapper.class);
        tx.mapper(MemberMapper.class).lock(memberId);
        if (points.hasEntry(memberId, kind, cause)) {
            return null;
        }
        long lot = points.insertLot(memberId, amount, today, today.plusMonths(settings.pointsLifeMonths()));
        long balance = tx.mapper(MemberMapper.class).moveBalance(memberId, amount);
        return points.insertEntry(memberId, kind, amount, balance, cause, order, null, reason, 0, lot, sourceEntry, tx.actor().username());
    }

    /**
     * Takes {@code amount} points (a spend, a negative adjustment): all or none, a 400 naming {@code field} when the balance
     * is short. Null when the cause was booked before (nothing taken again).
     */
    public Long debit(TransactionContext tx, long memberId, String kind, long amount, String cause, String order, String reason,
                      String field) {
        PointsMapper points = tx.mapper(PointsMapper.class);
        long balance = tx.mapper(MemberMapper.class).lock(memberId).pointsBalance();
        if (points.hasEntry(memberId, kind, cause)) {
            return null;
        }
        if (amount > balance) {
            throw new ValidationException(field, "is more than the member's balance of " + balance + " points");
        }
        return take(tx, memberId, kind, amount, null, cause, order, null, reason, null);
    }

    /**
     * Reverses what lines of an order earned: {@code quantities} maps a line to the quantity returned (all of it when the map
     * is null), pro rata, never more than is left to reverse. Points spent meanwhile cannot be taken back: that part is kept
     * as unrecovered on the entry, and the balance stays at zero or above. Returns the points taken back.
     */
    public long reverse(TransactionContext tx, long memberId, String order, Map<Integer, Integer> quantities, String cause, String reason) {
        PointsMapper points = tx.mapper(PointsMapper.class);
        tx.mapper(MemberMapper.class).lock(memberId);
        long taken = 0;
        for (EarnedLineRow line : points.earnedLines(memberId, order)) {
            Integer returned = quantities == null ? Integer.valueOf(line.quantity()) : quantities.get(line.lineNo());
            if (returned == null || returned <= 0) {
                continue;
            }
            long left = line.pointsEarned() - line.reversed();
            long owed = Math.min(left, Math.round((double) line.pointsEarned() * Math.min(returned, line.quantity()) / line.quantity()));
            if (owed <= 0 || points.hasEntry(memberId, "REVERSE", cause + ":" + line.lineNo())) {
                continue;
            }
            taken += take(tx, memberId, "REVERSE", owed, line.lotId(), cause + ":" + line.lineNo(), order, line.lineNo(), reason, line.entryId());
        }
        return taken;
    }

    /** Gives back the points spent on an order, in a share ({@code numerator/denominator}, 1/1 for all). */
    public long restoreSpent(TransactionContext tx, long memberId, String order, long numerator, long denominator, String cause,
                             String reason, LocalDate today) {
        long restored = 0;
        for (PointsEntryRow spend : tx.mapper(PointsMapper.class).spendsOn(memberId, order)) {
            long share = Math.round((double) -spend.points() * numerator / denominator);
            if (share > 0 && credit(tx, memberId, "RESTORE", share, cause + ":" + spend.id(), order, reason, spend.id(), today) != null) {
                restored += share;
            }
        }
        return restored;
    }

    /** Expires the member's lots whose life ended by {@code today}, one entry per lot. Returns the points expired. */
    public long expire(TransactionContext tx, long memberId, LocalDate today) {
        PointsMapper points = tx.mapper(PointsMapper.class);
        tx.mapper(MemberMapper.class).lock(memberId);
        long expired = 0;
        for (LotRow lot : points.expiredLots(memberId, today)) {
            expired += take(tx, memberId, "EXPIRE", lot.remaining(), lot.id(), "lot:" + lot.id(), null, null,
                    "expired on " + lot.expiresOn() + " (earned " + lot.earnedOn() + ")", null);
        }
        return expired;
    }

    /** Takes up to {@code wanted} points from the lots (the member row is locked) and books one entry; returns what it took. */
    private long take(TransactionContext tx, long memberId, String kind, long wanted, Long preferredLot, String cause, String order,
                      Integer lineNo, String reason, Long sourceEntry) {
        PointsMapper points = tx.mapper(PointsMapper.class);
        List<LotPlan.Take> takes = LotPlan.plan(points.openLots(memberId), preferredLot, wanted);
        long taken = LotPlan.total(takes);
        long balance = taken == 0 ? tx.mapper(MemberMapper.class).byId(memberId).pointsBalance()
                : tx.mapper(MemberMapper.class).moveBalance(memberId, -taken);
        Long entry = points.insertEntry(memberId, kind, -taken, balance, cause, order, lineNo, reason, wanted - taken,
                preferredLot, sourceEntry, tx.actor().username());
        for (LotPlan.Take take : takes) {
            if (points.take(take.lotId(), take.points()) != 1) {
                throw new IllegalStateException("lot " + take.lotId() + " changed under a held member lock");
            }
            points.recordTake(entry, take.lotId(), take.points());
        }
        return taken;
    }
}
